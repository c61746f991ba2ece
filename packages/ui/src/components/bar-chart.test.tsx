import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BarChart, type ChartBar } from './bar-chart.tsx';

const widths = (html: string) =>
  [...html.matchAll(/<rect[^>]*width="([\d.]+)"[^>]*class="ns-barchart__bar[^"]*"/g)].map((m) =>
    Number(m[1]),
  );
const heights = (html: string) =>
  [...html.matchAll(/<rect[^>]*height="([\d.]+)"[^>]*class="ns-barchart__bar[^"]*"/g)].map((m) =>
    Number(m[1]),
  );

const bars: ChartBar[] = [
  { key: 'a', label: 'Tháng 7', value: 1_000_000, valueText: '1 tr ₫' },
  { key: 'b', label: 'Tháng 8', value: 500_000, valueText: '500.000 ₫' },
  { key: 'c', label: 'Tháng 9', value: 1 },
  { key: 'd', label: 'Tháng 10', value: 0 },
];

describe('the bar chart', () => {
  it('draws rows in proportion to their values, a tiny value still visible and nothing for zero', () => {
    const html = renderToStaticMarkup(<BarChart direction="across" bars={bars} />);
    // 340 wide, 96 for the label, 88 for the figure: 156 for the longest bar.
    expect(widths(html)).toEqual([156, 78, 2, 0]);
    expect(html).toContain('1 tr ₫');
    expect(html).toContain('aria-hidden="true"');
    expect(html).not.toContain('role="img"');
  });

  it('draws columns the same way, with the figure above and the note under the label', () => {
    const html = renderToStaticMarkup(
      <BarChart
        direction="up"
        name="sales"
        label="Doanh thu theo tháng"
        bars={bars.map((b, i) => ({
          ...b,
          data: { 'data-month': b.key },
          ...(i === 0 ? { note: '2026' } : {}),
        }))}
      />,
    );
    // 196 high, 34 under the axis, 18 above for the figures: 144 for the tallest column.
    expect(heights(html)).toEqual([144, 72, 2, 0]);
    expect(html).toContain('role="img"');
    expect(html).toContain('aria-label="Doanh thu theo tháng"');
    expect(html).toContain('data-chart="sales"');
    expect(html.match(/data-month="/g)).toHaveLength(4);
    expect(html).toContain('>2026<');
  });

  it('draws a share against a target: the line at the target, bars coloured by whether they reach it', () => {
    const html = renderToStaticMarkup(
      <BarChart
        direction="across"
        max={1}
        track
        marker={{ value: 0.64, label: 'Mục tiêu 64%' }}
        bars={[
          { key: 'x', label: 'Nà Thâm', value: 0.7, tone: 'good' },
          { key: 'y', label: 'Một thôn có tên rất dài', value: 0.5, tone: 'short' },
        ]}
      />,
    );
    expect(widths(html)).toEqual([109, 78]);
    expect(html).toMatch(/<line x1="195.84" x2="195.84"/);
    expect(html).toContain('ns-barchart__bar--good');
    expect(html).toContain('ns-barchart__bar--short');
    expect(html.match(/ns-barchart__track/g)).toHaveLength(2);
    expect(html).toContain('>Một thôn có…<');
    expect(html).toContain('Mục tiêu 64%');
  });
});
