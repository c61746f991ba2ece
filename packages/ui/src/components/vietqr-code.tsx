import { useEffect, useState } from 'react';
import { Skeleton } from './skeleton.tsx';

/** The QR library is fetched only when a code is shown (a transfer to pay), not with the first screen. */
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
 * a screen with a crack still reads it. The buyer pays an order with it; a seller pays a refund back.
 */
export function VietQrCode({
  payload,
  label,
  className = 'ns-qr',
}: {
  payload: string;
  label: string;
  className?: string;
}) {
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
      className={className}
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
