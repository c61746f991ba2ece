import * as z from 'zod';
import { type Bank, findBankByBin } from './banks.ts';
import { crc16Hex } from './crc16.ts';
import { DomainError, type Problem, parseInput, problem } from './errors.ts';
import { PositiveVndSchema, type Vnd } from './money.ts';

/**
 * VietQR: NAPAS's bank-transfer QR code, an EMVCo merchant-presented payload of TLV fields (two-digit id, two-digit
 * length, value) ending in a CRC-16/CCITT-FALSE. Field by field, as NAPAS's "QR switching" specification (v1.5.2)
 * sets it for a transfer to an account:
 *   00 "01" payload format · 01 "11" static (no amount) or "12" dynamic (with amount) ·
 *   38 { 00 "A000000727" NAPAS · 01 { 00 bank BIN · 01 account number } · 02 "QRIBFTTA" transfer to account } ·
 *   53 "704" đồng · 54 amount · 58 "VN" · 62 { 08 purpose } · 63 CRC over everything before it, "6304" included.
 */
export const NAPAS_GUID = 'A000000727';
/** The VietQR service code (field 38/02) of a transfer to a bank account. */
export const VIETQR_TRANSFER_TO_ACCOUNT = 'QRIBFTTA';
/** The VietQR service code (field 38/02) of a transfer to a card number. */
export const VIETQR_TRANSFER_TO_CARD = 'QRIBFTTC';
const CURRENCY_VND = '704';
const COUNTRY_VN = 'VN';

/**
 * The longest purpose NAPAS's specification allows (field 62/08: "ans", up to 25 characters). Longer texts are cut
 * at a word when building (and reported); parsing accepts up to the template's 99 so codes made by laxer tools
 * still read.
 */
export const VIETQR_PURPOSE_MAX = 25;

/** What a transfer code needs: the bank's 6-digit NAPAS BIN, the account (or the card) number, and optionally an amount and a purpose. */
export const VietQrInputSchema = z
  .object({
    bin: z.string().refine((s) => /^\d{6}$/.test(s), problem('vietqr.invalid_bin')),
    /** A transfer to an account (`QRIBFTTA`): letters and digits, up to 19. */
    accountNumber: z
      .string()
      .trim()
      .refine((s) => /^[0-9A-Za-z]{1,19}$/.test(s), problem('vietqr.invalid_account'))
      .optional(),
    /** A transfer to a card (`QRIBFTTC`): the card number, digits only (spaces allowed as printed), up to 19. */
    cardNumber: z
      .string()
      .transform((s) => s.replace(/\s+/g, ''))
      .refine((s) => /^\d{1,19}$/.test(s), problem('vietqr.invalid_card'))
      .optional(),
    amount: PositiveVndSchema.optional(),
    purpose: z.string().max(500).optional(),
  })
  .refine(
    (input) => (input.accountNumber === undefined) !== (input.cardNumber === undefined),
    problem('vietqr.account_or_card'),
  );
/** What `buildVietQr` and `createVietQr` take, before `VietQrInputSchema` parses it. */
export type VietQrInput = z.input<typeof VietQrInputSchema>;

/** A transfer code read back. */
export interface VietQr {
  /** Static codes are reusable and leave the amount to the payer; dynamic ones carry it. */
  readonly initiation: 'static' | 'dynamic';
  readonly bin: string;
  /** The bank of the BIN, when it is on `BANKS`; null for a BIN the list does not know. */
  readonly bank: Bank | null;
  /** The account number, or the card number of a card code (see `service`). */
  readonly accountNumber: string;
  /** `QRIBFTTA` (to an account) or `QRIBFTTC` (to a card). */
  readonly service: string;
  readonly amount: Vnd | null;
  readonly purpose: string | null;
}

function tlv(id: string, value: string): string {
  if (value.length > 99) throw new DomainError('vietqr.malformed', { field: id }, [id]);
  return `${id}${String(value.length).padStart(2, '0')}${value}`;
}

/** A purpose as bank apps accept it, and what had to change to get there (each a warning, see `createVietQr`). */
export interface VietQrPurpose {
  /** The text that goes into field 62/08; empty when nothing usable was left (the field is then left out). */
  readonly text: string;
  readonly warnings: readonly Problem[];
}

const PURPOSE_PATH = ['purpose'];

/**
 * Fold a purpose to what bank apps accept: Vietnamese accents stripped (đ → d, Đ → D; case kept), anything but
 * letters, digits and single spaces removed, and cut to `VIETQR_PURPOSE_MAX` characters at the last whole word
 * that fits (mid-word only when the first word alone is longer). Each change is reported as a warning:
 * `vietqr.purpose_accents_stripped`, `vietqr.purpose_characters_removed`, `vietqr.purpose_shortened` (with the
 * part dropped) and `vietqr.purpose_emptied` (a purpose of only emoji or symbols: nothing is left to send).
 */
export function foldVietQrPurpose(original: string): VietQrPurpose {
  const warnings: Problem[] = [];
  const unaccented = original.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
  if (unaccented !== original.normalize('NFD'))
    warnings.push({
      code: 'vietqr.purpose_accents_stripped',
      path: PURPOSE_PATH,
      params: { purpose: original },
    });
  const removed = [...new Set(unaccented.match(/[^0-9A-Za-z\s]/gu) ?? [])].join(' ');
  if (removed !== '')
    warnings.push({
      code: 'vietqr.purpose_characters_removed',
      path: PURPOSE_PATH,
      params: { characters: removed },
    });
  const plain = unaccented.replace(/[^0-9A-Za-z]+/g, ' ').trim();
  if (plain === '' && original.trim() !== '')
    warnings.push({ code: 'vietqr.purpose_emptied', path: PURPOSE_PATH, params: { purpose: original } });
  if (plain.length <= VIETQR_PURPOSE_MAX) return { text: plain, warnings };
  const lastSpace = plain.lastIndexOf(' ', VIETQR_PURPOSE_MAX);
  const text = (lastSpace > 0 ? plain.slice(0, lastSpace) : plain.slice(0, VIETQR_PURPOSE_MAX)).trim();
  warnings.push({
    code: 'vietqr.purpose_shortened',
    path: PURPOSE_PATH,
    params: { maximum: VIETQR_PURPOSE_MAX, kept: text, dropped: plain.slice(text.length).trim() },
  });
  return { text, warnings };
}

/** The purpose as `foldVietQrPurpose` folds it, without the warnings. */
export function vietQrPurpose(text: string): string {
  return foldVietQrPurpose(text).text;
}

/** How to build: `strict` refuses (throws) instead of warning when the purpose would change or the BIN is unknown. */
export interface VietQrOptions {
  readonly strict?: boolean;
}

/** A code built, with what the builder changed or could not check. */
export interface VietQrBuild {
  readonly payload: string;
  /** The purpose as it is in the code; null when field 62 is left out. */
  readonly purpose: string | null;
  /**
   * Problems that did not stop the build: the purpose's changes (see `foldVietQrPurpose`) and
   * `vietqr.unknown_bin` for a BIN that is not on `BANKS` (a bank app may not know it either).
   */
  readonly warnings: readonly Problem[];
}

/**
 * Build the exact VietQR payload of a transfer to an account (`accountNumber`, service `QRIBFTTA`) or to a card
 * (`cardNumber`, `QRIBFTTC`). With an amount the code is dynamic (01 = "12"), without it static ("11"). The
 * purpose is folded by `foldVietQrPurpose`; an empty one leaves field 62 out. Whatever changed on the way, and an
 * unknown BIN, comes back in `warnings`; with `{ strict: true }` they are thrown instead, as one DomainError.
 * Invalid input throws (`vietqr.invalid_bin`, `vietqr.invalid_account`, `vietqr.invalid_card`,
 * `vietqr.account_or_card`, `money.*`).
 */
export function createVietQr(input: VietQrInput, options: VietQrOptions = {}): VietQrBuild {
  const { bin, accountNumber, cardNumber, amount, purpose } = parseInput(VietQrInputSchema, input);
  const warnings: Problem[] = [];
  if (findBankByBin(bin) === undefined)
    warnings.push({ code: 'vietqr.unknown_bin', path: ['bin'], params: { bin } });
  const folded = purpose === undefined ? { text: '', warnings: [] } : foldVietQrPurpose(purpose);
  warnings.push(...folded.warnings);
  if (options.strict && warnings.length > 0) throw DomainError.fromProblems(warnings);
  const beneficiary = tlv('00', bin) + tlv('01', cardNumber ?? accountNumber ?? '');
  const service = cardNumber === undefined ? VIETQR_TRANSFER_TO_ACCOUNT : VIETQR_TRANSFER_TO_CARD;
  const merchant = tlv('00', NAPAS_GUID) + tlv('01', beneficiary) + tlv('02', service);
  const body =
    tlv('00', '01') +
    tlv('01', amount === undefined ? '11' : '12') +
    tlv('38', merchant) +
    tlv('53', CURRENCY_VND) +
    (amount === undefined ? '' : tlv('54', String(amount))) +
    tlv('58', COUNTRY_VN) +
    (folded.text === '' ? '' : tlv('62', tlv('08', folded.text))) +
    '6304';
  return { payload: body + crc16Hex(body), purpose: folded.text === '' ? null : folded.text, warnings };
}

/** The payload alone, as `createVietQr` builds it (use that to see the warnings, or pass `{ strict: true }`). */
export function buildVietQr(input: VietQrInput, options: VietQrOptions = {}): string {
  return createVietQr(input, options).payload;
}

/** Split TLV text into its fields, in order; throws `vietqr.malformed` at the first field that does not fit. */
function readTlv(text: string, offset = 0): Map<string, string> {
  const fields = new Map<string, string>();
  let at = 0;
  while (at < text.length) {
    const head = text.slice(at, at + 4);
    const length = Number(head.slice(2));
    if (!/^\d{4}$/.test(head) || length === 0 || at + 4 + length > text.length)
      throw new DomainError('vietqr.malformed', { position: offset + at }, []);
    fields.set(head.slice(0, 2), text.slice(at + 4, at + 4 + length));
    at += 4 + length;
  }
  return fields;
}

function required(fields: Map<string, string>, id: string, field: string): string {
  const value = fields.get(id);
  if (value === undefined) throw new DomainError('vietqr.missing_field', { field }, [field]);
  return value;
}

function invalid(field: string, value: string): DomainError {
  return new DomainError('vietqr.invalid_field', { field, value }, [field]);
}

/**
 * Field 54 as whole đồng. EMVCo writes an amount as up to 13 characters of digits with an optional decimal point,
 * so `120000`, `120000.`, `120000.0` and `120000.00` are the same amount; a fraction other than zero is refused
 * (`vietqr.invalid_field`): the đồng has no minor unit.
 */
function readAmount(text: string): Vnd {
  const match = /^(\d+)(?:\.(0*))?$/.exec(text);
  const amount = match ? Number(match[1]) : Number.NaN;
  if (!match || text.length > 13 || !Number.isSafeInteger(amount) || amount <= 0) throw invalid('54', text);
  return amount;
}

/**
 * Read a VietQR payload back. Throws a DomainError when the TLV structure is broken (`vietqr.malformed`), the CRC
 * does not match (`vietqr.bad_crc`; upper- or lower-case hex both read), the code is not a NAPAS transfer code
 * (`vietqr.not_vietqr`), or a field is missing or wrong (`vietqr.missing_field`, `vietqr.invalid_field`).
 */
export function parseVietQr(payload: string): VietQr {
  const root = readTlv(payload);
  const crc = root.get('63');
  if (crc === undefined || !payload.endsWith(`6304${crc}`) || !/^[0-9A-Fa-f]{4}$/.test(crc))
    throw new DomainError('vietqr.malformed', { position: Math.max(0, payload.length - 8) }, []);
  const expected = crc16Hex(payload.slice(0, -4));
  if (crc.toUpperCase() !== expected) throw new DomainError('vietqr.bad_crc', { expected, actual: crc }, []);

  if (root.get('00') !== '01') throw invalid('00', root.get('00') ?? '');
  const merchantText = root.get('38');
  const merchant = merchantText === undefined ? undefined : readTlv(merchantText);
  if (merchant?.get('00')?.toUpperCase() !== NAPAS_GUID) throw new DomainError('vietqr.not_vietqr', {}, []);
  const beneficiary = readTlv(required(merchant, '01', '38.01'));
  const bin = required(beneficiary, '00', '38.01.00');
  const accountNumber = required(beneficiary, '01', '38.01.01');
  const service = required(merchant, '02', '38.02');
  if (!/^\d{6}$/.test(bin)) throw invalid('38.01.00', bin);

  const initiationCode = root.get('01') ?? '11';
  if (initiationCode !== '11' && initiationCode !== '12') throw invalid('01', initiationCode);
  const currency = required(root, '53', '53');
  if (currency !== CURRENCY_VND) throw invalid('53', currency);
  const country = required(root, '58', '58');
  if (country !== COUNTRY_VN) throw invalid('58', country);

  const amountText = root.get('54');
  const amount = amountText === undefined ? null : readAmount(amountText);
  const additional = root.get('62');
  const purpose = additional === undefined ? undefined : readTlv(additional).get('08');
  return {
    initiation: initiationCode === '12' ? 'dynamic' : 'static',
    bin,
    bank: findBankByBin(bin) ?? null,
    accountNumber,
    service,
    amount,
    purpose: purpose ?? null,
  };
}
