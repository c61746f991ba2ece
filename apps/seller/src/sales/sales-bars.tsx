/** One bar of a chart: what it is, how long, and the figure written after it. */
export interface SalesBar {
  readonly key: string;
  readonly label: string;
  readonly value: number;
  readonly text: string;
}

const WIDTH = 320;
const ROW = 30;
const LABEL = 96;
const FIGURE = 88;

/**
 * Horizontal bars drawn by hand in SVG (no chart library): a label at the left, the bar, its figure at the right, so
 * twelve months or five products read at 360 px without turned labels. Hidden from screen readers: the page's table
 * holds the same numbers.
 */
export function SalesBars({ bars, className }: { bars: readonly SalesBar[]; className?: string }) {
  const max = Math.max(...bars.map((b) => b.value), 1);
  const room = WIDTH - LABEL - FIGURE;
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${bars.length * ROW}`}
      width="100%"
      aria-hidden="true"
      className={`ns-salesbars ${className ?? ''}`}
    >
      {bars.map((bar, i) => {
        const y = i * ROW;
        const w = bar.value > 0 ? Math.max(2, Math.round((bar.value / max) * room)) : 0;
        return (
          <g key={bar.key}>
            <text x={0} y={y + 19} fontSize={12}>
              {bar.label}
            </text>
            <rect x={LABEL} y={y + 6} width={w} height={ROW - 12} rx={3} className="ns-salesbars__bar" />
            <text x={LABEL + w + 4} y={y + 19} fontSize={12}>
              {bar.text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
