import { PRODUCTS } from '@nongsan/domain';
import {
  AppBar,
  BarChart,
  CardListSkeleton,
  type ChartBar,
  errorMessage,
  format,
  Notice,
  Page,
  useLocale,
} from '@nongsan/ui';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { CsvDownload } from '../exports/csv-download.tsx';
import type { SalesRow } from '../household/household-types.ts';
import { useTRPC } from '../trpc.ts';
import { SoldNote } from './sold-note.tsx';
import './sales.css';

/** Millions with one decimal ("1,2 tr") for a bar's figure; the table has the exact đồng. */
function shortVnd(vnd: number, locale: 'vi' | 'en'): string {
  if (vnd < 1_000_000) return format.money(vnd);
  const millions = (Math.round(vnd / 100_000) / 10).toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-US');
  return locale === 'vi' ? `${millions} tr ₫` : `${millions}M ₫`;
}

function quantityOf(row: Pick<SalesRow, 'kg' | 'pieces'>, productId: string | null, locale: 'vi' | 'en') {
  const product = PRODUCTS.find((p) => p.id === productId);
  return product?.unit === 'piece'
    ? format.quantity(row.pieces, 'piece', locale)
    : format.quantity(Math.round(row.kg * 1000), 'kg', locale);
}

/**
 * The shop's sales (`/sales`): money by month and by product as bars (`BarChart`), and every figure (orders, kg or
 * pieces, đồng) per month and product in a table that screen readers read. Delivered orders count; the post's fee
 * does not.
 */
export default function SalesPage({ householdId }: { householdId?: string | undefined }) {
  const trpc = useTRPC();
  const { t, locale } = useLocale();
  const sales = useQuery(trpc.stats.sales.queryOptions(householdId === undefined ? {} : { householdId }));
  const back = (
    <Link href="/account" className="ns-appbar__action">
      {t('nav.back')}
    </Link>
  );
  const rows = sales.data?.rows ?? [];
  const productName = (id: string) => {
    const p = PRODUCTS.find((x) => x.id === id);
    return p ? p.name[locale] : id;
  };
  const monthText = (month: string) => `${month.slice(5)}/${month.slice(0, 4)}`;

  const months = new Map<string, number>();
  const products = new Map<string, number>();
  for (const row of rows) {
    months.set(row.month, (months.get(row.month) ?? 0) + row.vnd);
    products.set(row.productId, (products.get(row.productId) ?? 0) + row.vnd);
  }
  const monthBars: ChartBar[] = [...months]
    .sort(([a], [b]) => a.localeCompare(b))
    .slice(-12)
    .map(([month, vnd]) => ({
      key: month,
      label: monthText(month),
      value: vnd,
      valueText: shortVnd(vnd, locale),
    }));
  const productBars: ChartBar[] = [...products]
    .sort(([, a], [, b]) => b - a)
    .map(([id, vnd]) => {
      const p = PRODUCTS.find((x) => x.id === id);
      return { key: id, label: p ? p.name[locale] : id, value: vnd, valueText: shortVnd(vnd, locale) };
    });
  const total = rows.reduce((sum, row) => sum + row.vnd, 0);
  const sorted = [...rows].sort((a, b) => b.month.localeCompare(a.month) || b.vnd - a.vnd);

  return (
    <>
      <AppBar title={t('sellerSales.title')} start={back} />
      <Page>
        {sales.isPending ? (
          <CardListSkeleton count={2} label={t('state.loading')} />
        ) : sales.isError ? (
          <Notice tone="error">{errorMessage(sales.error, locale)}</Notice>
        ) : rows.length === 0 ? (
          <p className="ns-muted">{t('seller.sales.none')}</p>
        ) : (
          <div className="ns-salespage">
            <p>
              {t('sellerSales.total')}: <strong data-sales-total>{format.money(total)}</strong>
            </p>
            <SoldNote />
            <CsvDownload path="orders.csv" query={{ householdId }} label="exports.orders" />
            <section>
              <h2>{t('sellerSales.byMonth')}</h2>
              <BarChart direction="across" bars={monthBars} className="ns-salesbars--months" />
            </section>
            <section>
              <h2>{t('sellerSales.byProduct')}</h2>
              <BarChart direction="across" bars={productBars} className="ns-salesbars--products" />
              <ul className="ns-salespage__legend">
                {productBars.map((bar) => (
                  <li key={bar.key}>{productName(bar.key)}</li>
                ))}
              </ul>
            </section>
            <table className="ns-salestable">
              <caption>{t('sellerSales.table')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('sellerSales.month')}</th>
                  <th scope="col">{t('sellerSales.product')}</th>
                  <th scope="col">{t('sellerSales.orders')}</th>
                  <th scope="col">{t('sellerSales.quantity')}</th>
                  <th scope="col">{t('sellerSales.amount')}</th>
                </tr>
              </thead>
              <tbody>
                {sorted.map((row) => (
                  <tr key={`${row.month}-${row.productId}`} data-sales-row>
                    <td>{monthText(row.month)}</td>
                    <td>{productName(row.productId)}</td>
                    <td>{row.orders}</td>
                    <td>{quantityOf(row, row.productId, locale)}</td>
                    <td>{format.money(row.vnd)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Page>
    </>
  );
}
