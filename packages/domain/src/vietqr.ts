import * as z from 'zod';
import { crc16Hex } from './crc16.ts';
import { DomainError, parseInput, problem } from './errors.ts';
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
export const VIETQR_TRANSFER_TO_ACCOUNT = 'QRIBFTTA';
export const VIETQR_TRANSFER_TO_CARD = 'QRIBFTTC';
const CURRENCY_VND = '704';
const COUNTRY_VN = 'VN';

/**
 * The longest purpose NAPAS's specification allows (field 62/08: "ans", up to 25 characters). Longer texts are cut
 * when building; parsing accepts up to the template's 99 so codes made by laxer tools still read.
 */
export const VIETQR_PURPOSE_MAX = 25;

/** What a transfer code needs: the bank's 6-digit NAPAS BIN, the account, and optionally an amount and a purpose. */
export const VietQrInputSchema = z.object({
  bin: z.string().refine((s) => /^\d{6}$/.test(s), problem('vietqr.invalid_bin')),
  accountNumber: z
    .string()
    .trim()
    .refine((s) => /^[0-9A-Za-z]{1,19}$/.test(s), problem('vietqr.invalid_account')),
  amount: PositiveVndSchema.optional(),
  purpose: z.string().max(500).optional(),
});
export type VietQrInput = z.input<typeof VietQrInputSchema>;

/** A transfer code read back. */
export interface VietQr {
  /** Static codes are reusable and leave the amount to the payer; dynamic ones carry it. */
  readonly initiation: 'static' | 'dynamic';
  readonly bin: string;
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

/**
 * A purpose as bank apps accept it: Vietnamese accents stripped (đ → d, Đ → D; case kept), only letters, digits
 * and single spaces, cut to `VIETQR_PURPOSE_MAX` characters.
 */
export function vietQrPurpose(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^0-9A-Za-z]+/g, ' ')
    .trim()
    .slice(0, VIETQR_PURPOSE_MAX)
    .trim();
}

/**
 * The exact VietQR payload of a transfer to an account. With an amount the code is dynamic (01 = "12"), without it
 * static ("11"). The purpose is folded to plain letters and cut to 25 characters; an empty purpose leaves field 62
 * out.
 */
export function buildVietQr(input: VietQrInput): string {
  const { bin, accountNumber, amount, purpose } = parseInput(VietQrInputSchema, input);
  const beneficiary = tlv('00', bin) + tlv('01', accountNumber);
  const merchant = tlv('00', NAPAS_GUID) + tlv('01', beneficiary) + tlv('02', VIETQR_TRANSFER_TO_ACCOUNT);
  const cleanPurpose = purpose === undefined ? '' : vietQrPurpose(purpose);
  const body =
    tlv('00', '01') +
    tlv('01', amount === undefined ? '11' : '12') +
    tlv('38', merchant) +
    tlv('53', CURRENCY_VND) +
    (amount === undefined ? '' : tlv('54', String(amount))) +
    tlv('58', COUNTRY_VN) +
    (cleanPurpose === '' ? '' : tlv('62', tlv('08', cleanPurpose))) +
    '6304';
  return body + crc16Hex(body);
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
  if (amountText !== undefined && !/^\d{1,13}$/.test(amountText)) throw invalid('54', amountText);
  const additional = root.get('62');
  const purpose = additional === undefined ? undefined : readTlv(additional).get('08');
  return {
    initiation: initiationCode === '12' ? 'dynamic' : 'static',
    bin,
    accountNumber,
    service,
    amount: amountText === undefined ? null : Number(amountText),
    purpose: purpose ?? null,
  };
}
