import { BarChart, useLocale } from '@nongsan/ui';
import type { MonthTotals } from './commune-months.ts';
import { millions } from './commune-types.ts';

/**
 * Revenue per month as bars, the amount in millions of đồng above each bar, the month under it (and the year
 * under the first month and each January): one glance tells whether the commune sells more than last month. The
 * table under it has the orders and the exact amounts.
 */
export function SalesChart({ months }: { months: readonly MonthTotals[] }) {
  const { t, locale } = useLocale();
  return (
    <BarChart
      direction="up"
      name="sales"
      className="ns-chart"
      label={t('commune.sales')}
      bars={months.map((month, i) => ({
        key: month.month,
        label: String(Number(month.month.slice(5))),
        value: month.vnd,
        valueText: millions(month.vnd, locale),
        ...(i === 0 || month.month.endsWith('-01') ? { note: month.month.slice(0, 4) } : {}),
        data: { 'data-month': month.month },
      }))}
    />
  );
}
