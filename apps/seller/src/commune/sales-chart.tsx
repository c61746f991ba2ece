import { useLocale } from '@nongsan/ui';
import type { MonthTotals } from './commune-months.ts';
import { millions } from './commune-types.ts';

const WIDTH = 340;
const HEIGHT = 196;
const TOP = 18;
const BOTTOM = 34;

/**
 * Revenue per month as bars, the amount in millions of đồng above each bar, the month under it (and the year
 * under the first month and each January): one glance tells whether the commune sells more
 * than last month. Hand-drawn SVG; the table under it has the orders and the exact amounts.
 */
export function SalesChart({ months }: { months: readonly MonthTotals[] }) {
  const { t, locale } = useLocale();
  const max = Math.max(1, ...months.map((m) => m.vnd));
  const slot = WIDTH / Math.max(1, months.length);
  const barWidth = Math.min(36, slot * 0.7);
  const plot = HEIGHT - TOP - BOTTOM;
  return (
    <svg
      className="ns-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={t('commune.sales')}
      data-chart="sales"
    >
      <line x1={0} x2={WIDTH} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} stroke="#999" />
      {months.map((month, i) => {
        const h = (month.vnd / max) * plot;
        const cx = slot * i + slot / 2;
        const top = HEIGHT - BOTTOM - h;
        return (
          <g key={month.month} data-month={month.month}>
            <rect x={cx - barWidth / 2} y={top} width={barWidth} height={h} fill="#1565c0" rx="2" />
            <text x={cx} y={top - 4} fontSize="10" textAnchor="middle" fill="#222">
              {millions(month.vnd, locale)}
            </text>
            <text x={cx} y={HEIGHT - BOTTOM + 13} fontSize="11" textAnchor="middle" fill="#555">
              {Number(month.month.slice(5))}
            </text>
            {i === 0 || month.month.endsWith('-01') ? (
              <text x={cx - slot / 2 + 1} y={HEIGHT - 4} fontSize="10" fill="#555">
                {month.month.slice(0, 4)}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}
