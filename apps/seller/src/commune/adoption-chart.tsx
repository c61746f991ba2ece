import { useLocale } from '@nongsan/ui';
import { percent, type VillageStats } from './commune-types.ts';

const WIDTH = 340;
const LABEL_WIDTH = 92;
const VALUE_WIDTH = 62;
const ROW = 30;
const TOP = 22;

/**
 * Share of households with a shop, one bar per village, with the target drawn as a dashed line across all bars:
 * a bar that crosses the line is on target (green), one that stops short is not (amber). Hand-drawn SVG; the
 * same figures are in the table beside it for screen readers.
 */
export function AdoptionChart({ villages, target }: { villages: readonly VillageStats[]; target: number }) {
  const { t, locale } = useLocale();
  const barSpace = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const x = (share: number) => LABEL_WIDTH + Math.min(1, Math.max(0, share)) * barSpace;
  const height = TOP + villages.length * ROW + 4;
  const targetX = x(target);
  return (
    <svg
      className="ns-chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-label={t('commune.adoption')}
      data-chart="adoption"
    >
      <text x={targetX} y={12} textAnchor="middle" fontSize="11" fill="#b00020">
        {t('commune.target', { target: percent(target, locale) })}
      </text>
      {villages.map((village, i) => {
        const y = TOP + i * ROW;
        return (
          <g key={village.villageId} data-village={village.villageName}>
            <text x={0} y={y + 17} fontSize="12" fill="#222">
              {village.villageName.length > 13 ? `${village.villageName.slice(0, 12)}…` : village.villageName}
            </text>
            <rect x={LABEL_WIDTH} y={y + 4} width={barSpace} height={ROW - 10} fill="#eee" rx="3" />
            <rect
              x={LABEL_WIDTH}
              y={y + 4}
              width={Math.max(0, x(village.shopShare) - LABEL_WIDTH)}
              height={ROW - 10}
              fill={village.onTarget ? '#2e7d32' : '#e39b00'}
              rx="3"
            />
            <text x={WIDTH} y={y + 17} fontSize="12" textAnchor="end" fill="#222">
              {`${percent(village.shopShare, locale)} ${village.shops}/${village.households}`}
            </text>
          </g>
        );
      })}
      <line
        x1={targetX}
        x2={targetX}
        y1={TOP - 4}
        y2={height}
        stroke="#b00020"
        strokeWidth="2"
        strokeDasharray="4 3"
      />
    </svg>
  );
}
