import { getProduct, PRODUCT_IDS } from '@nongsan/domain';
import { scaleBand, scaleLinear, scaleUtc } from 'd3-scale';
import { type CalibrationRow, formatBandValue, formatViNumber } from './calibration.ts';
import type { Summary } from './summary.ts';

/** What the report draws besides the summary: the weekly adoption curves and the monthly sales. */
export interface ReportData {
  readonly summary: Summary;
  /** Empty when the scenario is not held against Long Đống's bands (a province). */
  readonly calibration: readonly CalibrationRow[];
  readonly target: number;
  readonly weekEndDates: readonly string[];
  /** The adoption curves: each village of a commune, or each district of a province. */
  readonly curves: {
    readonly title: { readonly vi: string; readonly en: string };
    readonly lines: readonly { readonly name: string; readonly shopShare: readonly number[] }[];
  };
  /** Communes and households of the run, and whether any size or name was drawn. */
  readonly place: { readonly communes: number; readonly households: number; readonly invented: number };
  readonly months: readonly string[];
  /** Per product id: per month [orders, kg, revenue]. */
  readonly monthly: ReadonlyMap<string, readonly (readonly [number, number, number])[]>;
}

const COLORS = ['#1b7f5a', '#c2410c', '#7c3aed', '#0369a1', '#b45309', '#be185d', '#4d7c0f', '#475569'];
// Colours far apart for the products a commune sells together (red peanuts deep brown, golden mandarins yellow).
const PRODUCT_COLORS: Record<string, string> = {
  'dragon-fruit': '#be185d',
  'red-peanut': '#7c2d12',
  'black-banh-chung': '#334155',
  grape: '#7c3aed',
  'golden-mandarin': '#eab308',
  'custard-apple': '#65a30d',
  'star-anise': '#92400e',
  persimmon: '#ea580c',
};

const esc = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n1 = (x: number) => x.toFixed(1);
const pct = (x: number) => `${formatViNumber(x * 100, 1)}%`;
const millions = (vnd: number) => `${formatViNumber(vnd / 1e6, 1)} triệu ₫`;
/** Whole numbers the Vietnamese way (1.085), as on the apps. */
const int = (x: number) => Math.round(x).toLocaleString('vi-VN');
/** 2022-06-30 → 30/06/2022. */
const viDate = (date: string) => date.split('-').reverse().join('/');

/** The two sizes every chart is drawn at: a phone's width at 1:1 (text stays its size), and a desk's. */
const SIZES = [
  { className: 'narrow', width: 340, height: 260, font: 12, left: 46, right: 8, bottom: 52 },
  { className: 'wide', width: 900, height: 340, font: 13, left: 64, right: 200, bottom: 52 },
] as const;
type Size = (typeof SIZES)[number];

/** A self-contained page: inline CSS and SVG, no script, no external font or image. Reads on a 360 px phone. */
export function reportHtml(data: ReportData): string {
  const { summary } = data;
  const y = summary.yearEnd;
  const e = summary.endOfRun;
  const products = PRODUCT_IDS.filter((id) => data.monthly.has(id));
  const figure = (label: string, a: string, b: string) =>
    `<tr><th scope="row">${label}</th><td data-label="${esc(viDate(y.date))}">${esc(a)}</td><td data-label="${esc(viDate(e.date))}">${esc(b)}</td></tr>`;
  /** A figure of the whole run (the same on both dates). */
  const runFigure = (label: string, value: string) =>
    `<tr><th scope="row">${label}</th><td colspan="2">${esc(value)}</td></tr>`;
  const province = data.place.communes > 1;
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(summary.scenario.title)} — seed ${summary.seed}</title>
<style>
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:980px;padding:12px;color:#1f2937;line-height:1.45;overflow-wrap:anywhere}
h1{font-size:1.3rem}h2{font-size:1.08rem;margin-top:1.8rem}.en{color:#4b5563}
table{border-collapse:collapse;margin:8px 0;width:100%}th,td{border-bottom:1px solid #e5e7eb;padding:5px 8px;text-align:left;vertical-align:top;overflow-wrap:break-word}
thead th{background:#f3f4f6}td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap;overflow-wrap:normal}.no{color:#b91c1c;font-weight:600}.yes{color:#15803d}
.chart svg{display:block;width:100%;height:auto;background:#fff}.chart .narrow{display:none}
.legend{display:flex;flex-wrap:wrap;gap:4px 14px;padding:0;margin:6px 0;list-style:none;font-size:.9rem}
.legend i{display:inline-block;width:11px;height:11px;margin-right:5px;vertical-align:-1px}
.note{font-size:.9rem;color:#4b5563}.narrow-legend{display:none}
@media (max-width:640px){
 .chart .wide{display:none}.chart .narrow{display:block}.narrow-legend{display:flex}
 table.cards thead{display:none}table.cards tr{display:block;border-bottom:1px solid #d1d5db;padding:6px 0}
 table.cards th,table.cards td{display:block;border:0;padding:2px 0}
 table.cards td[data-label]::before{content:attr(data-label) ": ";color:#6b7280}
 table.cards td.num{text-align:left}
}
</style>
</head>
<body>
<h1>${esc(summary.scenario.title)}</h1>
<p>Kịch bản <code>${esc(summary.scenario.id)}</code>, seed ${summary.seed}, ${esc(viDate(summary.startDate))} → ${esc(viDate(summary.endDate))}: ${int(data.place.communes)} xã · ${int(data.place.households)} hộ${data.place.invented > 0 ? `; tên hoặc quy mô của ${int(data.place.invented)} xã là giả định · the names or sizes of ${int(data.place.invented)} communes are drawn, not data` : ''}.</p>
<h2>Kết quả <span class="en">· Results</span></h2>
<table class="cards">
<thead><tr><th></th><th>${esc(viDate(y.date))}</th><th>${esc(viDate(e.date))}</th></tr></thead>
${figure('Hộ có gian hàng số <span class="en">· households with a shop</span>', `${int(y.shops)} / ${int(y.households)} (${pct(y.shopShare)})`, `${int(e.shops)} / ${int(e.households)} (${pct(e.shopShare)})`)}
${figure('Tài khoản thanh toán <span class="en">· e-payment accounts</span>', `${int(y.paymentAccounts)} (${pct(y.paymentAccountShare)})`, `${int(e.paymentAccounts)} (${pct(e.paymentAccountShare)})`)}
${figure('Hộ đầu tàu đã bán <span class="en">· lead households that sold</span>', `${int(y.leadSellers)} (${pct(y.leadSellerShare)})`, `${int(e.leadSellers)} (${pct(e.leadSellerShare)})`)}
${figure('Đơn thành công <span class="en">· delivered orders</span>', int(y.orders), int(e.orders))}
${figure('Sản lượng <span class="en">· delivered produce</span>', `${int(y.deliveredKg)} kg`, `${int(e.deliveredKg)} kg`)}
${figure('Doanh thu <span class="en">· revenue (goods)</span>', millions(y.revenueVnd), millions(e.revenueVnd))}
${figure('Đơn trong huyện <span class="en">· in-district orders</span>', pct(y.inDistrictOrderShare), pct(e.inDistrictOrderShare))}
${runFigure('Tổ công nghệ <span class="en">· tech teams</span>', `${int(summary.campaign.techTeamMembers)} thành viên · members, ${int(summary.campaign.techTeams)} tổ · teams`)}
</table>
${province ? `<p class="note">Không so với các ngưỡng của Long Đống: đây là những gì mô hình nói về cả tỉnh, để đối chiếu với số liệu tỉnh công bố. · Not held against Long Đống's bands: this is what the model says of the province, for a reader to hold against its published figures.</p>` : ''}
${data.calibration.length > 0 ? `<h2>Hiệu chỉnh <span class="en">· Calibration against the reports</span></h2>\n${calibrationTable(data.calibration)}` : ''}
${campaignSection(summary)}
<h2>${esc(data.curves.title.vi)} <span class="en">· ${esc(data.curves.title.en)}</span></h2>
${adoptionChart(data)}
${sellerSection(summary, province)}
<h2>Đơn hàng theo tháng <span class="en">· Delivered orders per month</span></h2>
${legend(products)}
${monthChart(data, products, 0, 1, 'Đơn · orders')}
<h2>Sản lượng theo tháng <span class="en">· Delivered produce per month</span></h2>
${monthChart(data, products, 1, province ? 1000 : 1, province ? 'Tấn · tonnes' : 'kg')}
<h2>Doanh thu theo tháng <span class="en">· Revenue per month</span></h2>
${monthChart(data, products, 2, 1e6, 'Triệu ₫ · million ₫')}
</body>
</html>
`;
}

function calibrationTable(rows: readonly CalibrationRow[]): string {
  const body = rows
    .map(
      (r) =>
        `<tr><th scope="row">${esc(r.band.label.vi)} <span class="en">· ${esc(r.band.label.en)}</span></th><td data-label="Báo cáo · reported">${esc(r.band.reported.vi)} <span class="en">· ${esc(r.band.reported.en)}</span></td><td class="num" data-label="Mô phỏng · simulated">${esc(formatBandValue(r.simulated, r.band.format, 'vi'))}</td><td data-label="Ngưỡng · band">${esc(formatBandValue(r.band.min, r.band.format, 'vi'))} – ${esc(formatBandValue(r.band.max, r.band.format, 'vi'))}</td><td class="${r.inBand ? 'yes' : 'no'}" data-label="Đạt · in band">${r.inBand ? 'đạt · yes' : 'KHÔNG · NO'}</td></tr>`,
    )
    .join('\n');
  return `<table class="cards"><thead><tr><th>Chỉ tiêu · figure</th><th>Báo cáo · reported</th><th>Mô phỏng · simulated</th><th>Ngưỡng · band</th><th>Đạt · in band</th></tr></thead>\n${body}\n</table>`;
}

/** What the run measured of its own mechanism: how shops opened, how far a lead's example went. */
function campaignSection(summary: Summary): string {
  const c = summary.campaign;
  const by = c.shopsOpenedBy;
  const li = c.leadInfluence;
  return `<h2>Chiến dịch, đo được <span class="en">· The campaign, as measured</span></h2>
<table class="cards"><tbody>
<tr><th scope="row">Gian hàng mở tại buổi tập huấn ở nhà văn hoá thôn · at group sessions in the village hall</th><td class="num">${int(by.session)}</td></tr>
<tr><th scope="row">… khi tổ công nghệ đến nhà · on a team member's home visit</th><td class="num">${int(by.helper)}</td></tr>
<tr><th scope="row">… hộ tự mở · by the household alone</th><td class="num">${int(by.self)}</td></tr>
<tr><th scope="row">Gian hàng mở trong 30 ngày đầu · shops opened in the first 30 days</th><td class="num">${int(c.shopsFirstMonth)}</td></tr>
<tr><th scope="row">Hàng xóm mở gian hàng sau khi một hộ đầu tàu bán được (trung bình mỗi hộ; báo cáo: "hơn 10 hộ") · neighbours who opened a shop after a lead household sold (mean per lead; reports: "more than 10")</th><td class="num">${formatViNumber(li.followersPerLead, 1)}</td></tr>
<tr><th scope="row">… trong đó nhờ tấm gương của hộ đầu tàu · of whom the lead's example tipped · per lead</th><td class="num">${formatViNumber(li.tippedPerLead, 1)}</td></tr>
<tr><th scope="row">Hộ muốn có gian hàng vào ngày cuối (hướng đi của mô hình) · households wanting a shop on the last day (where the run was heading)</th><td class="num">${pct(c.wantShopShare)}</td></tr>
</tbody></table>
<p class="note">Tỷ lệ cuối kỳ và ảnh hưởng của hộ đầu tàu là kết quả của cơ chế (mức hấp dẫn so với sự e ngại của từng hộ, hàng xóm có gian hàng và đã bán), không phải tham số đầu vào. · The end share and the leads' influence come out of the mechanism (each household's appeal against its reluctance, neighbours with a shop and with sales), not from inputs.</p>`;
}

/** How the orders spread over the sellers: the top ten and a histogram in doubling buckets. */
function sellerSection(summary: Summary, province: boolean): string {
  const s = summary.sellers;
  const top = s.top
    .map(
      (t, i) =>
        // The household's number in its village (its whole id, with commune and village, on hover and in summary.json).
        `<tr><td class="num">${i + 1}</td><td title="${esc(t.id)}">${esc(t.id.split('/').at(-1) ?? t.id)}</td><td>${esc(t.village)}</td><td class="num">${int(t.orders)}</td></tr>`,
    )
    .join('\n');
  return `<h2>Đơn hàng theo người bán <span class="en">· Orders per seller</span></h2>
<p>${int(s.sellers)} người bán có đơn đã giao · sellers with a delivered order; ${int(s.orders)} đơn · orders. 10% người bán nhiều đơn nhất nhận ${pct(s.topTenthShare)} số đơn · the top tenth of sellers took ${pct(s.topTenthShare)} of orders; Gini ${formatViNumber(s.gini, 2)}.</p>
${histogramChart(s.histogram)}
<table><thead><tr><th>#</th><th>Hộ · household</th><th>${province ? 'Thôn, xã · village, commune' : 'Thôn · village'}</th><th>Đơn · orders</th></tr></thead>
${top}
</table>`;
}

function legend(products: readonly string[]): string {
  return `<ul class="legend">${products
    .map((id) => {
      const p = getProduct(id as (typeof PRODUCT_IDS)[number]);
      return `<li><i style="background:${PRODUCT_COLORS[id] ?? '#888'}"></i>${esc(p.name.vi)} <span class="en">· ${esc(p.name.en)}</span></li>`;
    })
    .join('')}</ul>`;
}

/** One chart at both sizes; `draw` returns the SVG's inner parts at a size. */
function chart(label: string, draw: (size: Size) => string): string {
  return `<div class="chart">${SIZES.map(
    (size) =>
      `<svg class="${size.className}" viewBox="0 0 ${size.width} ${size.height}" role="img" aria-label="${esc(label)}" font-size="${size.font}">${draw(size)}</svg>`,
  ).join('')}</div>`;
}

/** A y axis with nice ticks and gridlines, and its title above the axis. */
function yAxis(
  size: Size,
  y: (v: number) => number,
  ticks: readonly number[],
  format: (v: number) => string,
  title: string,
  top: number,
) {
  const right = size.width - size.right;
  return [
    ...ticks.map(
      (t) =>
        `<line x1="${size.left}" x2="${right}" y1="${n1(y(t))}" y2="${n1(y(t))}" stroke="#e5e7eb"/><text x="${size.left - 5}" y="${n1(y(t) + 4)}" text-anchor="end">${esc(format(t))}</text>`,
    ),
    `<text x="4" y="${top - 8}" font-weight="600">${esc(title)}</text>`,
  ].join('');
}

const TOP = 26;

function adoptionChart(data: ReportData): string {
  const dates = data.weekEndDates.map((d) => new Date(`${d}T00:00:00Z`));
  const shown = data.curves.lines.slice(0, 12);
  return `${chart(data.curves.title.en, (size) => {
    const first = dates[0] ?? new Date(0);
    const last = dates.at(-1) ?? first;
    const x = scaleUtc()
      .domain([first, last])
      .range([size.left, size.width - size.right]);
    const y = scaleLinear()
      .domain([0, 1])
      .range([size.height - size.bottom, TOP]);
    const parts = [
      yAxis(
        size,
        y,
        y.ticks(5),
        (t) => `${Math.round(t * 100)}%`,
        'Tỷ lệ hộ có gian hàng · share with a shop',
        TOP,
      ),
    ];
    const narrow = size.className === 'narrow';
    for (const t of x.ticks(narrow ? 3 : 6)) {
      const year = narrow ? String(t.getUTCFullYear()).slice(2) : String(t.getUTCFullYear());
      const label = `${String(t.getUTCMonth() + 1).padStart(2, '0')}/${year}`;
      parts.push(
        `<line x1="${n1(x(t))}" x2="${n1(x(t))}" y1="${size.height - size.bottom}" y2="${size.height - size.bottom + 4}" stroke="#6b7280"/><text x="${n1(x(t))}" y="${size.height - size.bottom + 18}" text-anchor="middle">${label}</text>`,
      );
    }
    parts.push(
      `<text x="${(size.left + size.width - size.right) / 2}" y="${size.height - 8}" text-anchor="middle" font-weight="600">Tuần · week ending</text>`,
      `<line x1="${size.left}" x2="${size.width - size.right}" y1="${n1(y(data.target))}" y2="${n1(y(data.target))}" stroke="#111827" stroke-dasharray="6 4"/>`,
      `<text x="${size.left + 4}" y="${n1(y(data.target) - 5)}">mục tiêu · target ${Math.round(data.target * 100)}%</text>`,
    );
    shown.forEach((line, i) => {
      const color = COLORS[i % COLORS.length] ?? '#000';
      const dash = i >= COLORS.length ? ' stroke-dasharray="4 3"' : '';
      const points = line.shopShare.map((s, w) => `${n1(x(dates[w] ?? first))},${n1(y(s))}`).join(' ');
      parts.push(`<polyline fill="none" stroke="${color}" stroke-width="1.8"${dash} points="${points}"/>`);
      if (size.className === 'wide')
        parts.push(
          `<text x="${size.width - size.right + 6}" y="${TOP + 10 + i * 17}" fill="${color}">${esc(line.name)} ${Math.round((line.shopShare.at(-1) ?? 0) * 100)}%</text>`,
        );
    });
    return parts.join('');
  })}
<ul class="legend narrow-legend">${shown
    .map(
      (line, i) =>
        `<li><i style="background:${COLORS[i % COLORS.length]}"></i>${esc(line.name)} ${Math.round((line.shopShare.at(-1) ?? 0) * 100)}%</li>`,
    )
    .join('')}</ul>${
    data.curves.lines.length > shown.length
      ? `<p class="note">Thêm ${data.curves.lines.length - shown.length} đường trong timeseries.csv · ${data.curves.lines.length - shown.length} more in timeseries.csv.</p>`
      : ''
  }`;
}

/** Stacked bars of one measure per month and product; values divided by `unit` on the axis. */
function monthChart(
  data: ReportData,
  products: readonly string[],
  measure: 0 | 1 | 2,
  unit: number,
  title: string,
): string {
  const totals = data.months.map((_, m) =>
    products.reduce((s, id) => s + (data.monthly.get(id)?.[m]?.[measure] ?? 0), 0),
  );
  const format = (v: number) => {
    const x = v / unit;
    return Number.isInteger(x)
      ? x.toLocaleString('vi-VN')
      : x.toLocaleString('vi-VN', { maximumFractionDigits: 1 });
  };
  return chart(title, (size) => {
    const x = scaleBand<string>()
      .domain(data.months)
      .range([size.left, size.width - size.right])
      .padding(0.2);
    const y = scaleLinear()
      .domain([0, Math.max(1, ...totals)])
      .nice(5)
      .range([size.height - size.bottom, TOP]);
    const parts = [yAxis(size, y, y.ticks(5), format, title, TOP)];
    const every = Math.ceil(data.months.length / (size.className === 'narrow' ? 4 : 9));
    data.months.forEach((month, m) => {
      const x0 = x(month) ?? 0;
      let below = 0;
      for (const id of products) {
        const v = data.monthly.get(id)?.[m]?.[measure] ?? 0;
        if (v <= 0) continue;
        const top = y(below + v);
        parts.push(
          `<rect x="${n1(x0)}" y="${n1(top)}" width="${n1(x.bandwidth())}" height="${n1(y(below) - top)}" fill="${PRODUCT_COLORS[id] ?? '#888'}"><title>${esc(month)} ${esc(id)}: ${esc(format(v))}</title></rect>`,
        );
        below += v;
      }
      if (m % every === 0)
        parts.push(
          `<text x="${n1(x0 + x.bandwidth() / 2)}" y="${size.height - size.bottom + 18}" text-anchor="middle">${esc(`${month.slice(5, 7)}/${month.slice(2, 4)}`)}</text>`,
        );
    });
    parts.push(
      `<text x="${(size.left + size.width - size.right) / 2}" y="${size.height - 8}" text-anchor="middle" font-weight="600">Tháng · month</text>`,
    );
    return parts.join('');
  });
}

/** Sellers per bucket of delivered orders (1, 2–3, 4–7, …). */
function histogramChart(buckets: Summary['sellers']['histogram']): string {
  const labels = buckets.map((b) => (b.min === b.max ? String(b.min) : `${b.min}–${b.max}`));
  return chart('Người bán theo số đơn · sellers by orders', (size) => {
    // On a phone each bar is named by its lowest count (1, 2, 4, …): the ranges would overlap.
    const shown = size.className === 'narrow' ? buckets.map((b) => String(b.min)) : labels;
    const x = scaleBand<string>()
      .domain(labels)
      .range([size.left, size.width - size.right])
      .padding(0.15);
    const y = scaleLinear()
      .domain([0, Math.max(1, ...buckets.map((b) => b.sellers))])
      .nice(5)
      .range([size.height - size.bottom, TOP]);
    const parts = [yAxis(size, y, y.ticks(5), (v) => v.toLocaleString('vi-VN'), 'Người bán · sellers', TOP)];
    buckets.forEach((b, i) => {
      const label = labels[i] ?? '';
      const x0 = x(label) ?? 0;
      parts.push(
        `<rect x="${n1(x0)}" y="${n1(y(b.sellers))}" width="${n1(x.bandwidth())}" height="${n1(y(0) - y(b.sellers))}" fill="#1b7f5a"><title>${esc(label)}: ${b.sellers} · ${b.orders}</title></rect>`,
        `<text x="${n1(x0 + x.bandwidth() / 2)}" y="${size.height - size.bottom + 18}" text-anchor="middle">${esc(shown[i] ?? '')}</text>`,
      );
    });
    parts.push(
      `<text x="${(size.left + size.width - size.right) / 2}" y="${size.height - 8}" text-anchor="middle" font-weight="600">${size.className === 'narrow' ? 'Số đơn đã giao, từ · delivered orders, from' : 'Số đơn đã giao · delivered orders'}</text>`,
    );
    return parts.join('');
  });
}
