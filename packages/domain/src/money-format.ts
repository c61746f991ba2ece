// Zod-free: what a screen needs to show money, without pulling zod into a first download (money.ts re-exports it).
/**
 * Money is whole Vietnamese đồng: VND has no minor unit, so an amount is a safe integer, never a float.
 * `Vnd` is the type of such an amount; signed amounts (a difference owed either way) are `Vnd` too.
 */
export type Vnd = number;

/** The largest amount the marketplace accepts anywhere: ten billion đồng, far beyond any farm order. */
export const MAX_VND = 10_000_000_000;

const NBSP = '\u00a0';

/** Digits grouped by dots, the Vietnamese way: 1234567 → "1.234.567". */
export function groupDigits(n: number): string {
  const digits = Math.abs(Math.trunc(n)).toString();
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return n < 0 ? `-${grouped}` : grouped;
}

/**
 * "35.000 ₫": grouped by dots, a no-break space, the đồng sign after, as vi-VN shows money.
 * The space is U+00A0 so a price never wraps between number and sign.
 */
export function formatVnd(amount: Vnd): string {
  return `${groupDigits(amount)}${NBSP}₫`;
}

/**
 * Read an amount a person typed: "35.000", "35,000", "35000 ₫", "35.000đ", "35 000". Returns null when the text
 * is not a whole amount of đồng. Decimal separators are not accepted: VND has no fractions.
 */
export function parseVnd(text: string): Vnd | null {
  const cleaned = text
    .trim()
    .replace(/(₫|đ|Đ|vnd|VND|vnđ|VNĐ)$/u, '')
    .trim();
  if (!/^-?\d{1,3}([.,\s\u00a0]\d{3})*$|^-?\d+$/.test(cleaned)) return null;
  const value = Number(cleaned.replace(/[.,\s\u00a0]/g, ''));
  return Number.isSafeInteger(value) && Math.abs(value) <= MAX_VND ? value : null;
}

/** Sum of amounts, exact (integers only). */
export function sumVnd(amounts: Iterable<Vnd>): Vnd {
  let total = 0;
  for (const amount of amounts) total += amount;
  return total;
}
