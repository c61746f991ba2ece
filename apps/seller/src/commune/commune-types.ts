import type { RouterOutputs } from '@nongsan/api';
import type { Locale } from '@nongsan/domain';

export type VillageStats = RouterOutputs['commune']['stats'][number];
export type VillageMonth = RouterOutputs['commune']['timeseries'][number];

const LOCALE_TAGS: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };

/** A share 0..1 as a whole percentage in the reader's language ("64%", "64 %"). */
export function percent(share: number, locale: Locale): string {
  return new Intl.NumberFormat(LOCALE_TAGS[locale], { style: 'percent', maximumFractionDigits: 0 }).format(
    share,
  );
}

/** Đồng in millions with one decimal ("38,3"), for a chart's labels under a "million đồng" caption. */
export function millions(amount: number, locale: Locale): string {
  return new Intl.NumberFormat(LOCALE_TAGS[locale], {
    maximumFractionDigits: 1,
    minimumFractionDigits: 0,
  }).format(amount / 1_000_000);
}

/** 'YYYY-MM' as a short month label ("9/26"). */
export function shortMonth(month: string): string {
  const [year = '', mm = ''] = month.split('-');
  return `${Number(mm)}/${year.slice(2)}`;
}
