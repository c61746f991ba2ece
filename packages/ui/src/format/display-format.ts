import {
  formatQuantity,
  formatUnitPrice,
  formatVnd,
  type LocalDate,
  type Locale,
  type Unit,
  type Vnd,
} from '@nongsan/domain';

/**
 * Money, quantities and dates as the apps show them, through the domain's formatters so a price reads the same in
 * a message, a receipt and a screen. Money is written the Vietnamese way in both languages ("28.000 ₫"): the đồng
 * is the currency either way, and one spelling avoids a buyer comparing "28,000" with "28.000".
 */
export function money(amount: Vnd): string {
  return formatVnd(amount);
}

export function unitPrice(price: Vnd, unit: Unit, locale: Locale): string {
  return formatUnitPrice(price, unit, locale);
}

export function quantity(amount: number, unit: Unit, locale: Locale): string {
  return formatQuantity(amount, unit, locale);
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A calendar date: "15/09/2026" in Vietnamese, "15 Sep 2026" in English. */
export function localDate(date: LocalDate, locale: Locale): string {
  const [year, month, day] = date.split('-');
  // The domain's message dates read the same way ("15/09/2026"; its localDateText is not exported).
  if (locale === 'vi') return `${day}/${month}/${year}`;
  return `${Number(day)} ${MONTHS_EN[Number(month) - 1] ?? month} ${year}`;
}

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/**
 * An instant (the server's ISO times are UTC) as the time in Vietnam, "09:05 15/09/2026": the seller and the buyer
 * are both there, whatever the phone's time zone says. Vietnam has no daylight saving, so a fixed offset is exact
 * and saves shipping time-zone data.
 */
export function instant(iso: string, locale: Locale): string {
  const local = new Date(new Date(iso).getTime() + VIETNAM_OFFSET_MS);
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  return `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())} ${localDate(date as LocalDate, locale)}`;
}

/** A shop's average stars to one decimal, the way each language writes it: "4,6" in Vietnamese, "4.6" in English. */
export function rating(average: number, locale: Locale): string {
  return average.toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-GB', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
}
