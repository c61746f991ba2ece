import { findBankByBin, parseVietQr } from '@nongsan/domain';
import { format, Skeleton, useLocale } from '@nongsan/ui';
import { useEffect, useState } from 'react';
import { CopyRow } from './copy-button.tsx';

/** The QR library is fetched only when a code is shown (bank transfer), not with the first screen. */
type Encode = typeof import('uqr').encode;
let encoder: Promise<Encode> | null = null;
function loadEncoder(): Promise<Encode> {
  encoder ??= import('uqr').then((module) => module.encode);
  return encoder;
}

const SIZE = 232;

/**
 * A VietQR payload as a scannable code: an SVG of dark modules on white with the quiet zone banks' scanners need,
 * at a fixed size so nothing moves while the library loads. Error correction M: a phone camera in a dim kitchen or
 * a screen with a crack still reads it.
 */
export function VietQrCode({ payload, label }: { payload: string; label: string }) {
  const [path, setPath] = useState<{ d: string; size: number } | null>(null);
  useEffect(() => {
    let cancelled = false;
    void loadEncoder().then((encode) => {
      const qr = encode(payload, { ecc: 'M', border: 4 });
      let d = '';
      qr.data.forEach((row, y) => {
        row.forEach((dark, x) => {
          if (dark) d += `M${x} ${y}h1v1h-1z`;
        });
      });
      if (!cancelled) setPath({ d, size: qr.size });
    });
    return () => {
      cancelled = true;
    };
  }, [payload]);

  if (!path) return <Skeleton height={`${SIZE}px`} width={`${SIZE}px`} />;
  return (
    <svg
      className="buyer-qr__code"
      role="img"
      aria-label={label}
      width={SIZE}
      height={SIZE}
      viewBox={`0 0 ${path.size} ${path.size}`}
      shapeRendering="crispEdges"
    >
      <rect width={path.size} height={path.size} fill="#fff" />
      <path d={path.d} fill="#000" />
    </svg>
  );
}

/** The code with what it says in words (read back from the payload): amount, transfer reference, account. */
export function VietQrPanel({
  qr,
}: {
  qr: {
    payload: string;
    amount: number;
    reference: string;
    bin: string;
    accountNumber: string;
    holderName: string;
  };
}) {
  const { t } = useLocale();
  const amount = format.money(qr.amount);
  const purpose = parseVietQr(qr.payload).purpose ?? qr.reference;
  return (
    <section className="buyer-qr" aria-labelledby="qr-title">
      <h3 id="qr-title">{t('buyer.qr.title')}</h3>
      <VietQrCode payload={qr.payload} label={t('buyer.qr.alt', { amount, reference: qr.reference })} />
      <div className="buyer-qr__amount">
        <CopyRow text={t('buyer.qr.amount', { amount })} value={String(qr.amount)} what="amount" />
      </div>
      <CopyRow text={t('buyer.qr.reference', { purpose })} value={purpose} what="reference" />
      <CopyRow
        text={t('buyer.qr.accountNumber', { account: qr.accountNumber })}
        value={qr.accountNumber}
        what="accountNumber"
      />
      <p className="ns-muted">
        {t('buyer.qr.account', {
          bank: findBankByBin(qr.bin)?.shortName ?? qr.bin,
          account: qr.accountNumber,
          holder: qr.holderName,
        })}
      </p>
      <p className="ns-muted">{t('buyer.qr.after')}</p>
    </section>
  );
}
