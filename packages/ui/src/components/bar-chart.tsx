import { scaleBand, scaleLinear } from 'd3-scale';

/** One bar: what it is, how much, and the words drawn with it. */
export interface ChartBar {
  readonly key: string;
  /** What the bar is (a month, a village, a product), written beside it (across) or under it (up). */
  readonly label: string;
  readonly value: number;
  /** The figure written at the end of the row (across) or above the bar (up); none when absent. */
  readonly valueText?: string;
  /** Up only: a second line under the label (the year under January). */
  readonly note?: string;
  /** How the bar is coloured: the chart's colour, or on/short of a target. */
  readonly tone?: 'good' | 'short';
  /** Attributes put on the bar's group, for tests and styles (`{ 'data-month': '2026-09' }`). */
  readonly data?: Readonly<Record<`data-${string}`, string>>;
}

export interface BarChartProps {
  readonly bars: readonly ChartBar[];
  /** `across`: one row per bar, the label at the left (reads at 360 px without turned labels); `up`: columns. */
  readonly direction: 'across' | 'up';
  /** The value of a full-length bar; by default the largest value (at least 1). */
  readonly max?: number;
  /** Across only: a dashed line over every row at a value (a target), labelled above the rows. */
  readonly marker?: { readonly value: number; readonly label: string };
  /** Across only: a pale full-length track behind each bar, so a short bar reads as a share of the whole. */
  readonly track?: boolean;
  /**
   * The chart's name for screen readers (then it is an image with that name); without it the chart is hidden from
   * them, and the page must give the same figures as a table or a list.
   */
  readonly label?: string;
  readonly className?: string;
  /** Names the chart for tests and styles (`data-chart`). */
  readonly name?: string;
}

const WIDTH = 340;
const ROW = 30;
const LABEL = 96;
const FIGURE = 88;
const MARKER_ROOM = 22;
const UP_HEIGHT = 196;
const UP_BOTTOM = 34;
/** A column no wider than this, so one month is not one wide block. */
const MAX_COLUMN = 36;

/** A label cut to fit the label column. */
function fit(label: string, max = 13): string {
  return label.length > max ? `${label.slice(0, max - 1).trimEnd()}…` : label;
}

function barClass(bar: ChartBar): string {
  return `ns-barchart__bar${bar.tone ? ` ns-barchart__bar--${bar.tone}` : ''}`;
}

/**
 * The one bar chart of the apps, in SVG, with lengths from d3-scale (a linear scale for values, a band scale for
 * the columns' places): sales by month or product, shops per village against the target. A bar with a value is
 * at least 2 px long, so a small month is not mistaken for none.
 */
export function BarChart(props: BarChartProps) {
  const { bars, direction, label, className, name } = props;
  const max = props.max ?? Math.max(1, ...bars.map((b) => b.value));
  const classes = `ns-barchart ${className ?? ''}`.trim();

  if (direction === 'across') {
    const top = props.marker ? MARKER_ROOM : 0;
    const height = top + bars.length * ROW + (props.marker ? 4 : 0);
    const length = scaleLinear()
      .domain([0, max])
      .range([0, WIDTH - LABEL - FIGURE])
      .clamp(true);
    const markerX = props.marker ? LABEL + length(props.marker.value) : 0;
    return (
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        className={classes}
        data-chart={name}
        role={label ? 'img' : undefined}
        aria-label={label}
        aria-hidden={label ? undefined : true}
      >
        {props.marker ? (
          <text x={markerX} y={12} textAnchor="middle" fontSize={11} className="ns-barchart__marker-label">
            {props.marker.label}
          </text>
        ) : null}
        {bars.map((bar, i) => {
          const y = top + i * ROW;
          const w = bar.value > 0 ? Math.max(2, Math.round(length(bar.value))) : 0;
          return (
            <g key={bar.key} {...bar.data}>
              <text x={0} y={y + 19} fontSize={12}>
                {fit(bar.label)}
              </text>
              {props.track ? (
                <rect
                  x={LABEL}
                  y={y + 6}
                  width={length(max)}
                  height={ROW - 12}
                  rx={3}
                  className="ns-barchart__track"
                />
              ) : null}
              <rect x={LABEL} y={y + 6} width={w} height={ROW - 12} rx={3} className={barClass(bar)} />
              {bar.valueText ? (
                <text x={WIDTH} y={y + 19} fontSize={12} textAnchor="end">
                  {bar.valueText}
                </text>
              ) : null}
            </g>
          );
        })}
        {props.marker ? (
          <line
            x1={markerX}
            x2={markerX}
            y1={top - 4}
            y2={height}
            strokeWidth={2}
            strokeDasharray="4 3"
            className="ns-barchart__marker"
          />
        ) : null}
      </svg>
    );
  }

  const top = bars.some((b) => b.valueText) ? 18 : 4;
  const base = UP_HEIGHT - UP_BOTTOM;
  const height = scaleLinear()
    .domain([0, max])
    .range([0, base - top])
    .clamp(true);
  const slot = scaleBand<string>()
    .domain(bars.map((b) => b.key))
    .range([0, WIDTH])
    .paddingInner(0.3)
    .paddingOuter(0.15);
  const columnWidth = Math.min(MAX_COLUMN, slot.bandwidth());
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${UP_HEIGHT}`}
      width="100%"
      className={classes}
      data-chart={name}
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
    >
      <line x1={0} x2={WIDTH} y1={base} y2={base} className="ns-barchart__axis" />
      {bars.map((bar) => {
        const h = bar.value > 0 ? Math.max(2, height(bar.value)) : 0;
        const cx = (slot(bar.key) ?? 0) + slot.bandwidth() / 2;
        return (
          <g key={bar.key} {...bar.data}>
            <rect
              x={cx - columnWidth / 2}
              y={base - h}
              width={columnWidth}
              height={h}
              rx={2}
              className={barClass(bar)}
            />
            {bar.valueText ? (
              <text x={cx} y={base - h - 4} fontSize={10} textAnchor="middle">
                {bar.valueText}
              </text>
            ) : null}
            <text x={cx} y={base + 13} fontSize={11} textAnchor="middle">
              {bar.label}
            </text>
            {bar.note ? (
              <text x={cx} y={UP_HEIGHT - 4} fontSize={10} textAnchor="middle" className="ns-barchart__note">
                {bar.note}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}
