import { originPath } from '@nongsan/domain';
import { errorMessage, Notice, Skeleton, useLocale } from '@nongsan/ui';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { OriginFacts } from '../origin/origin-facts.tsx';
import { useTRPC } from '../trpc.ts';
import '../origin/origin.css';

/** The dark modules of a QR code as one SVG path, a unit square each ("M3 0h1v1h-1z…"). */
export function qrPath(modules: readonly (readonly boolean[])[]): string {
  let d = '';
  modules.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) d += `M${x} ${y}h1v1h-1z`;
    });
  });
  return d;
}

/** A text's QR code (uqr's modules, a 2-module quiet zone), loaded only when a label is shown: not in the first download. */
function useQrCode(text: string | null): { size: number; path: string } | null {
  const [code, setCode] = useState<{ size: number; path: string } | null>(null);
  useEffect(() => {
    if (text === null) return;
    let live = true;
    void import('uqr').then(({ encode }) => {
      const { data } = encode(text, { border: 2 });
      if (live) setCode({ size: data.length, path: qrPath(data) });
    });
    return () => {
      live = false;
    };
  }, [text]);
  return code;
}

/**
 * A listing's printable label (`/origin/:listingId/label`), A6 or sticker size: the product, the household, the
 * place, the harvest and OCOP, and the QR code that opens the origin page. Printed from the browser (`@media print`
 * leaves the button out and sizes the page A6).
 */
export default function OriginLabelPage({ listingId }: { listingId: string }) {
  const trpc = useTRPC();
  const { t, locale } = useLocale();
  const origin = useQuery(trpc.listings.origin.queryOptions({ listingId }));
  const url = origin.data ? new URL(originPath(origin.data.listingId), window.location.origin).href : null;
  const code = useQrCode(url);
  if (origin.isPending) return <Skeleton height="320px" />;
  if (origin.isError) return <Notice tone="error">{errorMessage(origin.error, locale)}</Notice>;
  return (
    <main className="buyer-origin-label-page">
      <article className="buyer-origin-label" aria-label={t('buyer.origin.label')}>
        <h1>{origin.data.title}</h1>
        <OriginFacts origin={origin.data} />
        <figure>
          {code ? (
            <svg
              className="buyer-origin-qr"
              viewBox={`0 0 ${code.size} ${code.size}`}
              role="img"
              aria-label={t('buyer.origin.scan')}
              data-qr={url ?? ''}
              shapeRendering="crispEdges"
            >
              <rect width={code.size} height={code.size} fill="#fff" />
              <path d={code.path} fill="#000" />
            </svg>
          ) : (
            <p className="ns-muted">{t('buyer.origin.qrLoading')}</p>
          )}
          <figcaption>
            {t('buyer.origin.scan')}
            <br />
            <span className="buyer-origin-url">{url}</span>
          </figcaption>
        </figure>
      </article>
      <p className="buyer-origin-print">
        <button type="button" className="ns-button ns-button--primary" onClick={() => window.print()}>
          {t('buyer.origin.print')}
        </button>
      </p>
    </main>
  );
}
