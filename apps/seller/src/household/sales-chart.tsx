import { PRODUCTS } from '@nongsan/domain';
import { BarChart, format, ProductPicture, useLocale } from '@nongsan/ui';
import type { SalesRow } from './household-types.ts';

/** Sums the product rows of each month: the bars are months, stacked by nothing (the table has the products). */
function byMonth(rows: readonly SalesRow[]): { month: string; vnd: number }[] {
  const sums = new Map<string, number>();
  for (const row of rows) sums.set(row.month, (sums.get(row.month) ?? 0) + row.vnd);
  return [...sums].sort(([a], [b]) => a.localeCompare(b)).map(([month, vnd]) => ({ month, vnd }));
}

/**
 * The shop's sales by month as bars (`BarChart`), hidden from screen readers, which get the same figures as a list
 * by month and product: orders, kg or pieces, VND.
 */
export function SalesChart({ rows }: { rows: readonly SalesRow[] }) {
  const { t, locale } = useLocale();
  if (rows.length === 0) return <p className="ns-muted">{t('seller.sales.none')}</p>;
  const months = byMonth(rows).slice(-12);
  const max = Math.max(...months.map((m) => m.vnd), 1);
  return (
    <figure className="ns-sales">
      <BarChart
        direction="up"
        className="ns-sales__chart"
        bars={months.map((m) => ({ key: m.month, label: String(Number(m.month.slice(5))), value: m.vnd }))}
      />
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
              {product ? (
                <>
                  <ProductPicture productId={product.id} size={20} />
                  {`${product.name[locale]} · `}
                </>
              ) : null}
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
