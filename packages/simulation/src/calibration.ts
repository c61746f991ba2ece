import type { Checkpoint } from './checkpoint.ts';

/**
 * What the provincial reports say Long Đống reached, and the band a simulated run must land in to count as a
 * reproduction (issue 3). `at` says which checkpoint of the summary the figure is read from: the end of the
 * run's first year (31 December 2021 for the default scenario) or the end of the run (the 2022 target).
 */
export interface CalibrationBand {
  readonly id: string;
  /** What the figure is, in Vietnamese and in English. */
  readonly label: { readonly vi: string; readonly en: string };
  /** What the reports say, in Vietnamese and in English. */
  readonly reported: { readonly vi: string; readonly en: string };
  readonly at: 'yearEnd' | 'endOfRun';
  readonly metric: keyof Omit<Checkpoint, 'date'>;
  readonly min: number;
  readonly max: number;
  /** How a value of this figure is printed. */
  readonly format: 'share' | 'count' | 'tonnes' | 'millionVnd';
}

export const CALIBRATION_BANDS: readonly CalibrationBand[] = [
  {
    id: 'shops-2021',
    label: { vi: 'Hộ có gian hàng số, cuối 2021', en: 'Households with a shop, end of 2021' },
    reported: { vi: '57% (618/1.085 hộ)', en: '57% (618 of 1,085)' },
    at: 'yearEnd',
    metric: 'shopShare',
    min: 0.54,
    max: 0.6,
    format: 'share',
  },
  {
    id: 'payment-accounts-2021',
    label: {
      vi: 'Hộ có tài khoản thanh toán điện tử, cuối 2021',
      en: 'Households with an e-payment account, end of 2021',
    },
    reported: { vi: '100% số hộ', en: 'every household' },
    at: 'yearEnd',
    metric: 'paymentAccountShare',
    min: 0.95,
    max: 1,
    format: 'share',
  },
  {
    id: 'lead-sellers-2021',
    label: { vi: 'Hộ đầu tàu đã bán hàng, cuối 2021', en: 'Lead households that sold, end of 2021' },
    reported: { vi: 'khoảng 10%', en: 'about 10%' },
    at: 'yearEnd',
    metric: 'leadSellerShare',
    min: 0.08,
    max: 0.12,
    format: 'share',
  },
  {
    id: 'orders-2021',
    label: { vi: 'Đơn hàng thành công (đã giao), 2021', en: 'Successful (delivered) orders, 2021' },
    reported: { vi: 'hơn 500', en: 'more than 500' },
    at: 'yearEnd',
    metric: 'orders',
    min: 500,
    max: 650,
    format: 'count',
  },
  {
    id: 'kg-2021',
    label: { vi: 'Sản lượng đã giao, 2021', en: 'Delivered produce, 2021' },
    reported: { vi: 'khoảng 2 tấn', en: 'about 2 t' },
    at: 'yearEnd',
    metric: 'deliveredKg',
    min: 1800,
    max: 2400,
    format: 'tonnes',
  },
  {
    id: 'revenue-2021',
    label: {
      vi: 'Doanh thu (hàng, không tính phí giao), 2021',
      en: 'Revenue (goods, without delivery), 2021',
    },
    reported: { vi: 'hơn 60 triệu đồng', en: 'more than 60 million ₫' },
    at: 'yearEnd',
    metric: 'revenueVnd',
    min: 60_000_000,
    max: 75_000_000,
    format: 'millionVnd',
  },
  {
    id: 'in-district-2021',
    label: { vi: 'Đơn từ trong huyện, 2021', en: 'Orders from inside the district, 2021' },
    reported: { vi: 'chủ yếu trong huyện Bắc Sơn', en: 'mostly in Bắc Sơn district' },
    at: 'yearEnd',
    metric: 'inDistrictOrderShare',
    min: 0.8,
    max: 1,
    format: 'share',
  },
  {
    id: 'shops-2022',
    label: { vi: 'Hộ có gian hàng số, cuối 2022', en: 'Households with a shop, end of 2022' },
    reported: { vi: 'mục tiêu 64%', en: 'target 64%' },
    at: 'endOfRun',
    metric: 'shopShare',
    min: 0.6,
    max: 0.68,
    format: 'share',
  },
];

export interface CalibrationRow {
  readonly band: CalibrationBand;
  readonly simulated: number;
  readonly inBand: boolean;
}

/** The checkpoints a calibration reads: one summary, or the average of several runs' summaries. */
export interface CalibrationInput {
  readonly yearEnd: Checkpoint;
  readonly endOfRun: Checkpoint;
}

export function checkCalibration(input: CalibrationInput): CalibrationRow[] {
  return CALIBRATION_BANDS.map((band) => {
    const simulated = input[band.at][band.metric];
    return { band, simulated, inBand: simulated >= band.min && simulated <= band.max };
  });
}

/** The average of several runs' checkpoints, figure by figure (the date is the first run's). */
export function averageCheckpoints(checkpoints: readonly Checkpoint[]): Checkpoint {
  const [first] = checkpoints;
  if (!first) throw new TypeError('averageCheckpoints needs at least one checkpoint');
  const mean = (pick: (c: Checkpoint) => number) =>
    checkpoints.reduce((sum, c) => sum + pick(c), 0) / checkpoints.length;
  return {
    date: first.date,
    households: mean((c) => c.households),
    shops: mean((c) => c.shops),
    shopShare: mean((c) => c.shopShare),
    paymentAccounts: mean((c) => c.paymentAccounts),
    paymentAccountShare: mean((c) => c.paymentAccountShare),
    leadSellers: mean((c) => c.leadSellers),
    leadSellerShare: mean((c) => c.leadSellerShare),
    orders: mean((c) => c.orders),
    deliveredKg: mean((c) => c.deliveredKg),
    revenueVnd: mean((c) => c.revenueVnd),
    inDistrictOrderShare: mean((c) => c.inDistrictOrderShare),
  };
}

export function formatBandValue(
  value: number,
  format: CalibrationBand['format'],
  language: 'en' | 'vi' = 'en',
): string {
  const fixed = (x: number, digits: number) =>
    language === 'vi' ? formatViNumber(x, digits) : x.toFixed(digits);
  switch (format) {
    case 'share':
      return `${fixed(value * 100, 1)}%`;
    case 'count':
      return fixed(value, Number.isInteger(value) ? 0 : 1);
    case 'tonnes':
      return `${fixed(value / 1000, 2)} ${language === 'vi' ? 'tấn' : 't'}`;
    case 'millionVnd':
      return `${fixed(value / 1_000_000, 1)} ${language === 'vi' ? 'triệu ₫' : 'M ₫'}`;
  }
}

/** A number as Vietnamese write it: a dot between thousands, a comma before the decimals ("1.093,9"). */
export function formatViNumber(x: number, digits: number): string {
  return x.toLocaleString('vi-VN', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function bandText(band: CalibrationBand): string {
  return `${formatBandValue(band.min, band.format)} – ${formatBandValue(band.max, band.format)}`;
}

/** The calibration as a plain-text table (figure, reported, simulated, band, in band or not). */
export function formatCalibrationTable(rows: readonly CalibrationRow[], heading: string): string {
  const table = [
    ['Figure', 'Reported', 'Simulated', 'Band', 'In band'],
    ...rows.map((r) => [
      r.band.label.en,
      r.band.reported.en,
      formatBandValue(r.simulated, r.band.format),
      bandText(r.band),
      r.inBand ? 'yes' : 'NO',
    ]),
  ];
  const widths = table[0]?.map((_, i) => Math.max(...table.map((row) => (row[i] ?? '').length))) ?? [];
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const inBand = rows.filter((r) => r.inBand).length;
  return [
    heading,
    line(table[0] ?? []),
    rule,
    ...table.slice(1).map(line),
    `${inBand} of ${rows.length} figures in band`,
  ].join('\n');
}
