import { PRODUCTS } from '@nongsan/domain';
import { format, useLocale } from '@nongsan/ui';
import type { SalesRow } from './household-types.ts';

const WIDTH = 320;
const HEIGHT = 140;
const BAR_GAP = 4;
/** A bar no wider than this, so one month is not one wide block. */
const MAX_BAR = 36;
const LABEL_HEIGHT = 16;

/** Sums the product rows of each month: the bars are months, stacked by nothing (the table has the products). */
function byMonth(rows: readonly SalesRow[]): { month: string; vnd: number }[] {
  const sums = new Map<string, number>();
  for (const row of rows) sums.set(row.month, (sums.get(row.month) ?? 0) + row.vnd);
  return [...sums].sort(([a], [b]) => a.localeCompare(b)).map(([month, vnd]) => ({ month, vnd }));
}

/**
 * The shop's sales by month as hand-drawn SVG bars (no chart library), hidden from screen readers, which get the
 * same figures as a list by month and product: orders, kg or pieces, VND.
 */
export function SalesChart({ rows }: { rows: readonly SalesRow[] }) {
  const { t, locale } = useLocale();
  if (rows.length === 0) return <p className="ns-muted">{t('seller.sales.none')}</p>;
  const months = byMonth(rows).slice(-12);
  const max = Math.max(...months.map((m) => m.vnd), 1);
  const slot = WIDTH / months.length;
  const barWidth = Math.min(MAX_BAR, slot - BAR_GAP);
  const chartHeight = HEIGHT - LABEL_HEIGHT;
  return (
    <figure className="ns-sales">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        height={HEIGHT}
        aria-hidden="true"
        className="ns-sales__chart"
      >
        {months.map((m, i) => {
          const h = Math.max(1, Math.round((m.vnd / max) * (chartHeight - 4)));
          const x = i * slot + (slot - barWidth) / 2;
          return (
            <g key={m.month}>
              <rect x={x} y={chartHeight - h} width={barWidth} height={h} rx={2} className="ns-sales__bar" />
              <text x={x + barWidth / 2} y={HEIGHT - 3} textAnchor="middle" fontSize={10}>
                {Number(m.month.slice(5))}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="ns-muted">{t('seller.sales.max', { amount: format.money(max) })}</figcaption>
      <ul className="ns-sales__rows">
        {rows.map((row) => {
          const product = PRODUCTS.find((p) => p.id === row.productId);
          const quantity =
            product?.unit === 'piece'
              ? format.quantity(row.pieces, 'piece', locale)
              : format.quantity(Math.round(row.kg * 1000), 'kg', locale);
          return (
            <li key={`${row.month}-${row.productId}`}>
              {product ? `${product.icon} ${product.name[locale]} · ` : ''}
              {t('seller.sales.row', {
                month: `${row.month.slice(5)}/${row.month.slice(0, 4)}`,
                orders: row.orders,
                quantity,
                amount: format.money(row.vnd),
              })}
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
