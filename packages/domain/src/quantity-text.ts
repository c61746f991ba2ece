import type { ErrorCode } from './dictionary.ts';
import { DomainError, type ErrorParams } from './errors.ts';
import { groupDigits } from './money-format.ts';
import { GRAMS_PER_KG, MAX_QUANTITY, type Unit } from './quantity-format.ts';
import { quantityParams } from './quantity-params.ts';

/** What a quantity box holds, read: the quantity in base units (grams or pieces), or why it cannot be one. */
export type QuantityTextResult =
  | { readonly ok: true; readonly quantity: number }
  | { readonly ok: false; readonly error: DomainError };

const DIGITS = /^(\d{1,3}(?:[.\s]\d{3})+|\d+)(?:([.,])(\d*))?$/;

/**
 * Read a quantity a person typed in a box, as a Vietnamese seller or buyer means it (vi-VN), into base units:
 * grams for goods sold by the kg, whole pieces for counted goods. The one parser every quantity box uses.
 *
 * - The comma is the decimal mark: "1,5" is 1,5 kg (1500 g); "1,500" is also 1,5 kg.
 * - A dot (or a space) followed by exactly three digits groups thousands, as vi-VN writes numbers: "1.500" is
 *   1.500 kg, "1.500,5" is 1.500,5 kg, "1 500" is 1.500.
 * - Ambiguous input: a single dot followed by one, two or four and more digits cannot be a thousands group, so it is
 *   read as a decimal point, as a phone keypad without a comma types it: "1.5" is 1,5 kg, "2.25" is 2,25 kg. Only
 *   "x.ddd" (three digits) reads as thousands, so a box shows quantities the way this function reads them back
 *   (`quantityText`).
 * - A unit word after the number is allowed ("2 kg", "3 cái").
 * - Refused with a specific code (and the field's `path`): nothing typed (`quantity.text_empty`), not a number
 *   (`quantity.text_not_number`), below zero (`quantity.text_negative`), zero (`quantity.text_zero`, unless
 *   `allowZero`, as a stock level may be), more than
 *   three decimals of a kg, finer than a gram (`quantity.text_too_precise`), a fraction of a piece
 *   (`quantity.text_not_whole_pieces`), more than `maximum` (`quantity.text_too_large`, default `MAX_QUANTITY`).
 */
export function parseQuantityText(
  text: string,
  unit: Unit,
  options: {
    readonly maximum?: number;
    readonly path?: readonly (string | number)[];
    /** A stock level may be zero ("sold out"); an order or a weight may not. */
    readonly allowZero?: boolean;
  } = {},
): QuantityTextResult {
  const path = options.path ?? [];
  const maximum = options.maximum ?? MAX_QUANTITY;
  const refuse = (code: ErrorCode, params: ErrorParams = {}) =>
    ({ ok: false, error: new DomainError(code, { unit, ...params }, path) }) as const;
  let body = text
    .trim()
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(unit === 'kg' ? /\s*kg$/i : /\s*(cái|pcs)$/i, '');
  if (body === '') return refuse('quantity.text_empty');
  const negative = /^[-−]/.test(body);
  if (negative) body = body.slice(1).trim();
  if (/^[.,]\d/.test(body)) body = `0${body}`;
  const match = DIGITS.exec(body);
  if (!match) return refuse('quantity.text_not_number', { input: text.trim() });
  const [, whole = '', mark, decimals = ''] = match;
  // Dots that group thousands leave only the comma as the decimal mark ("1.500.5" is not a number).
  if (mark === '.' && /[.\s]/.test(whole)) return refuse('quantity.text_not_number', { input: text.trim() });
  const wholeDigits = whole.replace(/[.\s]/g, '');
  const fraction = decimals.replace(/0+$/, '');
  const zero = /^0*$/.test(wholeDigits) && fraction === '';
  if (negative && !zero) return refuse('quantity.text_negative');
  if (zero) return options.allowZero ? { ok: true, quantity: 0 } : refuse('quantity.text_zero');
  if (unit === 'piece' && fraction !== '') return refuse('quantity.text_not_whole_pieces');
  if (unit === 'kg' && fraction.length > 3) return refuse('quantity.text_too_precise');
  const tooLarge = () => refuse('quantity.text_too_large', quantityParams({ maximum }, unit));
  if (wholeDigits.replace(/^0+/, '').length > 15) return tooLarge();
  const quantity =
    unit === 'kg'
      ? Number(wholeDigits) * GRAMS_PER_KG + Number(fraction.padEnd(3, '0'))
      : Number(wholeDigits);
  if (quantity > maximum) return tooLarge();
  return { ok: true, quantity };
}

/**
 * A quantity in base units as a box shows it, in the form `parseQuantityText` reads back to the same quantity:
 * kilograms with a decimal comma and thousands grouped by dots ("1,5", "1.500", "2,345"), pieces grouped ("1.200").
 */
export function quantityText(quantity: number, unit: Unit): string {
  if (unit === 'piece') return groupDigits(quantity);
  const whole = Math.trunc(quantity / GRAMS_PER_KG);
  const grams = Math.abs(quantity % GRAMS_PER_KG);
  const decimals = String(grams).padStart(3, '0').replace(/0+$/, '');
  return decimals === '' ? groupDigits(whole) : `${groupDigits(whole)},${decimals}`;
}
