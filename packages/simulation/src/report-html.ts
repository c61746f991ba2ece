import { getProduct, PRODUCT_IDS } from '@nongsan/domain';
import { type CalibrationRow, formatBandValue } from './calibration.ts';
import type { Summary } from './summary.ts';

/** What the report draws besides the summary: the weekly adoption curves and the monthly sales. */
export interface ReportData {
  readonly summary: Summary;
  readonly calibration: readonly CalibrationRow[];
  readonly target: number;
  readonly weekEndDates: readonly string[];
  readonly villages: readonly { readonly name: string; readonly shopShare: readonly number[] }[];
  readonly months: readonly string[];
  /** Per product id: per month [orders, kg, revenue]. */
  readonly monthly: ReadonlyMap<string, readonly (readonly [number, number, number])[]>;
}

const COLORS = ['#1b7f5a', '#c2410c', '#7c3aed', '#0369a1', '#b45309', '#be185d', '#4d7c0f', '#475569'];
const PRODUCT_COLORS: Record<string, string> = {
  'dragon-fruit': '#be185d',
  'red-peanut': '#b45309',
  'black-banh-chung': '#334155',
  grape: '#7c3aed',
  'golden-mandarin': '#ea580c',
  'custard-apple': '#65a30d',
  'star-anise': '#92400e',
  persimmon: '#f59e0b',
};

const esc = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n1 = (x: number) => x.toFixed(1);

/** A self-contained page: inline CSS and SVG, no script, no external font or image. */
export function reportHtml(data: ReportData): string {
  const { summary } = data;
  const y = summary.yearEnd;
  const e = summary.endOfRun;
  const products = PRODUCT_IDS.filter((id) => data.monthly.has(id));
  const figure = (label: string, a: string, b: string) =>
    `<tr><th>${esc(label)}</th><td>${esc(a)}</td><td>${esc(b)}</td></tr>`;
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(summary.scenario.title)} — seed ${summary.seed}</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:980px;padding:16px;color:#1f2937}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem}
table{border-collapse:collapse;margin:8px 0}th,td{border-bottom:1px solid #e5e7eb;padding:4px 10px;text-align:left}
td.num{text-align:right}.no{color:#b91c1c;font-weight:600}.yes{color:#15803d}
svg{max-width:100%;height:auto;background:#fff}.legend span{display:inline-block;margin-right:12px;font-size:.85rem}
.legend i{display:inline-block;width:10px;height:10px;margin-right:4px;vertical-align:middle}
</style>
</head>
<body>
<h1>${esc(summary.scenario.title)}</h1>
<p>Scenario <code>${esc(summary.scenario.id)}</code>, seed ${summary.seed}, ${esc(summary.startDate)} → ${esc(summary.endDate)}.</p>
<h2>Kết quả · Results</h2>
<table>
<tr><th></th><th>${esc(y.date)}</th><th>${esc(e.date)}</th></tr>
${figure('Hộ có gian hàng số · households with a shop', `${y.shops} / ${y.households} (${pct(y.shopShare)})`, `${e.shops} / ${e.households} (${pct(e.shopShare)})`)}
${figure('Tài khoản thanh toán · e-payment accounts', pct(y.paymentAccountShare), pct(e.paymentAccountShare))}
${figure('Hộ đầu tàu đã bán · lead households that sold', `${y.leadSellers} (${pct(y.leadSellerShare)})`, `${e.leadSellers} (${pct(e.leadSellerShare)})`)}
${figure('Đơn thành công · delivered orders', String(y.orders), String(e.orders))}
${figure('Sản lượng · delivered produce', `${y.deliveredKg.toFixed(0)} kg`, `${e.deliveredKg.toFixed(0)} kg`)}
${figure('Doanh thu · revenue (goods)', `${(y.revenueVnd / 1e6).toFixed(1)} triệu ₫`, `${(e.revenueVnd / 1e6).toFixed(1)} triệu ₫`)}
${figure('Đơn trong huyện · in-district orders', pct(y.inDistrictOrderShare), pct(e.inDistrictOrderShare))}
</table>
<h2>Hiệu chỉnh · Calibration against the reports</h2>
${calibrationTable(data.calibration)}
<h2>Tỷ lệ hộ có gian hàng theo thôn · Shops per village against the ${pct(data.target)} target</h2>
${adoptionChart(data)}
<h2>Đơn hàng theo tháng · Delivered orders per month</h2>
${legend(products)}
${barChart(data, products, 0, (v) => v.toFixed(0))}
<h2>Sản lượng theo tháng · Delivered kg per month</h2>
${barChart(data, products, 1, (v) => v.toFixed(0))}
<h2>Doanh thu theo tháng · Revenue per month (million ₫)</h2>
${barChart(data, products, 2, (v) => (v / 1e6).toFixed(1))}
</body>
</html>
`;
}

function calibrationTable(rows: readonly CalibrationRow[]): string {
  const body = rows
    .map(
      (r) =>
        `<tr><td>${esc(r.band.label)}</td><td>${esc(r.band.reported)}</td><td class="num">${esc(formatBandValue(r.simulated, r.band.format))}</td><td>${esc(formatBandValue(r.band.min, r.band.format))} – ${esc(formatBandValue(r.band.max, r.band.format))}</td><td class="${r.inBand ? 'yes' : 'no'}">${r.inBand ? 'yes' : 'NO'}</td></tr>`,
    )
    .join('\n');
  return `<table><tr><th>Figure</th><th>Reported</th><th>Simulated</th><th>Band</th><th>In band</th></tr>\n${body}\n</table>`;
}

function legend(products: readonly string[]): string {
  return `<p class="legend">${products
    .map((id) => {
      const p = getProduct(id as (typeof PRODUCT_IDS)[number]);
      return `<span><i style="background:${PRODUCT_COLORS[id] ?? '#888'}"></i>${esc(p.name.vi)}</span>`;
    })
    .join('')}</p>`;
}

const W = 900;
const H = 320;
const PAD = { left: 56, right: 150, top: 12, bottom: 40 };

function adoptionChart(data: ReportData): string {
  const weeks = data.weekEndDates.length;
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (weeks <= 1 ? 0 : (i / (weeks - 1)) * plotW);
  const yv = (v: number) => PAD.top + (1 - v) * plotH;
  const parts: string[] = [];
  for (const t of [0, 0.2, 0.4, 0.6, 0.8, 1]) {
    parts.push(
      `<line x1="${PAD.left}" x2="${PAD.left + plotW}" y1="${n1(yv(t))}" y2="${n1(yv(t))}" stroke="#e5e7eb"/>`,
      `<text x="${PAD.left - 6}" y="${n1(yv(t) + 4)}" font-size="11" text-anchor="end">${(t * 100).toFixed(0)}%</text>`,
    );
  }
  const step = Math.max(1, Math.ceil(weeks / 8));
  for (let i = 0; i < weeks; i += step) {
    parts.push(
      `<text x="${n1(x(i))}" y="${H - PAD.bottom + 16}" font-size="11" text-anchor="middle">${esc(data.weekEndDates[i] ?? '')}</text>`,
    );
  }
  parts.push(
    `<line x1="${PAD.left}" x2="${PAD.left + plotW}" y1="${n1(yv(data.target))}" y2="${n1(yv(data.target))}" stroke="#111827" stroke-dasharray="6 4"/>`,
    `<text x="${PAD.left + 4}" y="${n1(yv(data.target) - 4)}" font-size="11">mục tiêu · target ${(data.target * 100).toFixed(0)}%</text>`,
  );
  const shown = data.villages.slice(0, 12);
  shown.forEach((v, i) => {
    const color = COLORS[i % COLORS.length] ?? '#000';
    const dash = i >= COLORS.length ? ' stroke-dasharray="3 2"' : '';
    const points = v.shopShare.map((s, w) => `${n1(x(w))},${n1(yv(s))}`).join(' ');
    parts.push(`<polyline fill="none" stroke="${color}" stroke-width="1.6"${dash} points="${points}"/>`);
    parts.push(
      `<text x="${PAD.left + plotW + 4}" y="${PAD.top + 14 + i * 16}" font-size="11" fill="${color}">${esc(v.name)} ${((v.shopShare.at(-1) ?? 0) * 100).toFixed(0)}%</text>`,
    );
  });
  const note =
    data.villages.length > shown.length
      ? `<p>${data.villages.length - shown.length} more villages are in timeseries.csv.</p>`
      : '';
  return `<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="Shop share per village">${parts.join('')}</svg>${note}`;
}

function barChart(
  data: ReportData,
  products: readonly string[],
  measure: 0 | 1 | 2,
  label: (v: number) => string,
): string {
  const months = data.months.length;
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const totals = data.months.map((_, m) =>
    products.reduce((s, id) => s + (data.monthly.get(id)?.[m]?.[measure] ?? 0), 0),
  );
  const max = Math.max(1, ...totals);
  const slot = plotW / Math.max(1, months);
  const barW = slot * 0.7;
  const parts: string[] = [];
  for (const t of [0, 0.25, 0.5, 0.75, 1]) {
    const yy = PAD.top + (1 - t) * plotH;
    parts.push(
      `<line x1="${PAD.left}" x2="${PAD.left + plotW}" y1="${n1(yy)}" y2="${n1(yy)}" stroke="#e5e7eb"/>`,
      `<text x="${PAD.left - 6}" y="${n1(yy + 4)}" font-size="11" text-anchor="end">${esc(label(max * t))}</text>`,
    );
  }
  data.months.forEach((month, m) => {
    let base = 0;
    const x0 = PAD.left + m * slot + (slot - barW) / 2;
    for (const id of products) {
      const v = data.monthly.get(id)?.[m]?.[measure] ?? 0;
      if (v <= 0) continue;
      const h = (v / max) * plotH;
      const yy = PAD.top + plotH - base - h;
      parts.push(
        `<rect x="${n1(x0)}" y="${n1(yy)}" width="${n1(barW)}" height="${n1(h)}" fill="${PRODUCT_COLORS[id] ?? '#888'}"><title>${esc(month)} ${esc(id)}: ${esc(label(v))}</title></rect>`,
      );
      base += h;
    }
    parts.push(
      `<text x="${n1(x0 + barW / 2)}" y="${H - PAD.bottom + 16}" font-size="10" text-anchor="middle">${esc(month.slice(2))}</text>`,
    );
  });
  return `<svg viewBox="0 0 ${W} ${H}" role="img">${parts.join('')}</svg>`;
}
