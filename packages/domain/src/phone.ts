import * as z from 'zod';
import { DomainError } from './errors.ts';

/**
 * Vietnamese mobile numbers. Since the 2018 renumbering every mobile number has 10 digits in the national form:
 * a leading 0, then a three-digit network prefix (0xx) that names the carrier, then seven digits.
 */
export const CARRIERS = [
  'viettel',
  'vinaphone',
  'mobifone',
  'vietnamobile',
  'gmobile',
  'itelecom',
  'reddi',
] as const;
/** A mobile network of Vietnam, as `carrierOf` names it from a number's prefix. */
export type Carrier = (typeof CARRIERS)[number];

/** The carrier's name as people write it. */
export const CARRIER_NAMES: Readonly<Record<Carrier, string>> = {
  viettel: 'Viettel',
  vinaphone: 'Vinaphone',
  mobifone: 'MobiFone',
  vietnamobile: 'Vietnamobile',
  gmobile: 'Gmobile',
  itelecom: 'Itelecom',
  reddi: 'Reddi',
};

/**
 * Mobile prefixes (the first three digits of the national form) and who holds them.
 *
 * Sources: the Ministry of Information and Communications' 2018 conversion of 11-digit numbers to 10 digits
 * (Viettel 0162–0169 → 032–039; Vinaphone 0123/0124/0125/0127/0129 → 083/084/085/081/082; MobiFone 0120/0121/
 * 0122/0126/0128 → 070/079/077/076/078; Vietnamobile 0186/0188 → 056/058; Gtel 0199 → 059), as tabulated at
 * https://fptcorp.com.vn/danh-sach-dau-so-di-dong-10-so-tai-viet-nam-moi-nhat ; the older 09x/08x ranges of each
 * carrier; Itelecom's 087 (an MVNO on Vinaphone's network) and Reddi's 055 (an MVNO licensed later). Vietnamobile's
 * 052 is from memory, not from a source checked here: accepting it is safer than refusing a real customer.
 */
export const MOBILE_PREFIXES: Readonly<Record<string, Carrier>> = {
  '086': 'viettel',
  '096': 'viettel',
  '097': 'viettel',
  '098': 'viettel',
  '032': 'viettel',
  '033': 'viettel',
  '034': 'viettel',
  '035': 'viettel',
  '036': 'viettel',
  '037': 'viettel',
  '038': 'viettel',
  '039': 'viettel',
  '088': 'vinaphone',
  '091': 'vinaphone',
  '094': 'vinaphone',
  '081': 'vinaphone',
  '082': 'vinaphone',
  '083': 'vinaphone',
  '084': 'vinaphone',
  '085': 'vinaphone',
  '089': 'mobifone',
  '090': 'mobifone',
  '093': 'mobifone',
  '070': 'mobifone',
  '076': 'mobifone',
  '077': 'mobifone',
  '078': 'mobifone',
  '079': 'mobifone',
  '092': 'vietnamobile',
  '052': 'vietnamobile',
  '056': 'vietnamobile',
  '058': 'vietnamobile',
  '099': 'gmobile',
  '059': 'gmobile',
  '087': 'itelecom',
  '055': 'reddi',
};

/** A mobile number in its normalised national form: ten digits, starting with 0 ("0912345678"). */
export type PhoneNumber = string;

/**
 * The digits of a number as people type it, in the national form, or null when it cannot be a Vietnamese mobile
 * number: "0912 345 678", "0912.345.678", "+84 912345678", "84912345678", "(+84) 912-345-678", "0084912345678",
 * "+84 (0) 912 345 678" and "912345678" (the 0 forgotten) all give "0912345678". The prefix is not checked here.
 */
export function phoneDigits(input: string): string | null {
  const compact = input.trim().replace(/[\s.\-()/\u00a0]/g, '');
  if (!/^\+?\d+$/.test(compact)) return null;
  let digits = compact.replace(/^\+/, '');
  if (compact.startsWith('+') && !digits.startsWith('84')) return null;
  if (digits.startsWith('0084')) digits = digits.slice(4);
  else if (digits.startsWith('84') && (compact.startsWith('+') || digits.length >= 11))
    digits = digits.slice(2);
  // After the country code some people keep the trunk 0: "+84 0912…".
  if (digits.length === 10 && digits.startsWith('0')) return digits;
  if (digits.length === 9 && !digits.startsWith('0')) return `0${digits}`;
  return null;
}

/** The carrier that holds the number's prefix, or null when the prefix is not a mobile prefix. */
export function carrierOf(phone: PhoneNumber): Carrier | null {
  return MOBILE_PREFIXES[phone.slice(0, 3)] ?? null;
}

/** Whether a text is already a valid normalised mobile number (ten digits, a known prefix). */
export function isPhoneNumber(value: string): value is PhoneNumber {
  return /^0\d{9}$/.test(value) && carrierOf(value) !== null;
}

/**
 * Read a mobile number a person typed and return its normalised form. Throws `phone.invalid` when it is not
 * shaped like a Vietnamese mobile number, `phone.unknown_prefix` when the shape is right but no carrier holds the
 * prefix (a landline, or a typo in the first digits).
 */
export function parsePhone(input: string): PhoneNumber {
  const digits = phoneDigits(input);
  if (digits === null) throw new DomainError('phone.invalid', { input });
  if (carrierOf(digits) === null)
    throw new DomainError('phone.unknown_prefix', { prefix: digits.slice(0, 3) });
  return digits;
}

/** A mobile number typed by a person, parsed to its normalised form ("0912345678"). */
export const PhoneSchema = z.string().transform((input, ctx): PhoneNumber => {
  const digits = phoneDigits(input);
  if (digits === null) {
    ctx.addIssue({
      code: 'custom',
      message: 'Not a Vietnamese mobile number',
      params: { code: 'phone.invalid', input },
    });
    return z.NEVER;
  }
  if (carrierOf(digits) === null) {
    ctx.addIssue({
      code: 'custom',
      message: 'Unknown mobile prefix',
      params: { code: 'phone.unknown_prefix', prefix: digits.slice(0, 3) },
    });
    return z.NEVER;
  }
  return digits;
});

/** The way a number is written for people to read and dial: "0912 345 678". */
export function formatPhone(phone: PhoneNumber): string {
  return `${phone.slice(0, 4)} ${phone.slice(4, 7)} ${phone.slice(7)}`;
}

/** The international form, E.164 ("+84912345678"), for SMS gateways and wallets that want it. */
export function toInternational(phone: PhoneNumber): string {
  return `+84${phone.slice(1)}`;
}
