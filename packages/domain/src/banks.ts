import * as z from 'zod';
import { problem } from './errors.ts';
import { foldText } from './text.ts';

/**
 * A bank's NAPAS BIN: the six digits that identify it in interbank transfers and in VietQR codes (tag 38/01/00).
 */
export type BankBin = string;

/** A Vietnamese bank a household may hold an account with. */
export interface Bank {
  readonly bin: BankBin;
  /** The short code VietQR and the banks' apps use ("VCB", "ICB"). */
  readonly code: string;
  /** The name people say: "Vietcombank", "Agribank". */
  readonly shortName: string;
  /** The bank's registered Vietnamese name. */
  readonly name: string;
}

/**
 * The banks of the VietQR/NAPAS list that rural households and their buyers use most; Agribank first in people's
 * minds in the countryside. BINs and codes checked against the VietQR bank list (api.vietqr.io/v2/banks) as
 * reproduced in public repositories; LPBank is the former LienVietPostBank (same BIN).
 */
export const BANKS: readonly Bank[] = [
  {
    bin: '970405',
    code: 'VBA',
    shortName: 'Agribank',
    name: 'Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam',
  },
  { bin: '970436', code: 'VCB', shortName: 'Vietcombank', name: 'Ngân hàng TMCP Ngoại thương Việt Nam' },
  { bin: '970415', code: 'ICB', shortName: 'VietinBank', name: 'Ngân hàng TMCP Công thương Việt Nam' },
  { bin: '970418', code: 'BIDV', shortName: 'BIDV', name: 'Ngân hàng TMCP Đầu tư và Phát triển Việt Nam' },
  { bin: '970422', code: 'MB', shortName: 'MB', name: 'Ngân hàng TMCP Quân đội' },
  { bin: '970407', code: 'TCB', shortName: 'Techcombank', name: 'Ngân hàng TMCP Kỹ thương Việt Nam' },
  { bin: '970416', code: 'ACB', shortName: 'ACB', name: 'Ngân hàng TMCP Á Châu' },
  { bin: '970432', code: 'VPB', shortName: 'VPBank', name: 'Ngân hàng TMCP Việt Nam Thịnh Vượng' },
  { bin: '970403', code: 'STB', shortName: 'Sacombank', name: 'Ngân hàng TMCP Sài Gòn Thương Tín' },
  { bin: '970423', code: 'TPB', shortName: 'TPBank', name: 'Ngân hàng TMCP Tiên Phong' },
  { bin: '970449', code: 'LPB', shortName: 'LPBank', name: 'Ngân hàng TMCP Lộc Phát Việt Nam' },
  { bin: '970443', code: 'SHB', shortName: 'SHB', name: 'Ngân hàng TMCP Sài Gòn – Hà Nội' },
  { bin: '970441', code: 'VIB', shortName: 'VIB', name: 'Ngân hàng TMCP Quốc tế Việt Nam' },
  {
    bin: '970437',
    code: 'HDB',
    shortName: 'HDBank',
    name: 'Ngân hàng TMCP Phát triển Thành phố Hồ Chí Minh',
  },
  { bin: '970448', code: 'OCB', shortName: 'OCB', name: 'Ngân hàng TMCP Phương Đông' },
  { bin: '970440', code: 'SEAB', shortName: 'SeABank', name: 'Ngân hàng TMCP Đông Nam Á' },
  { bin: '970426', code: 'MSB', shortName: 'MSB', name: 'Ngân hàng TMCP Hàng Hải Việt Nam' },
  { bin: '970431', code: 'EIB', shortName: 'Eximbank', name: 'Ngân hàng TMCP Xuất Nhập khẩu Việt Nam' },
  { bin: '970428', code: 'NAB', shortName: 'Nam A Bank', name: 'Ngân hàng TMCP Nam Á' },
  { bin: '970409', code: 'BAB', shortName: 'Bac A Bank', name: 'Ngân hàng TMCP Bắc Á' },
  { bin: '970452', code: 'KLB', shortName: 'Kienlongbank', name: 'Ngân hàng TMCP Kiên Long' },
  { bin: '970412', code: 'PVCB', shortName: 'PVcomBank', name: 'Ngân hàng TMCP Đại Chúng Việt Nam' },
  { bin: '970425', code: 'ABB', shortName: 'ABBANK', name: 'Ngân hàng TMCP An Bình' },
  { bin: '970438', code: 'BVB', shortName: 'BaoViet Bank', name: 'Ngân hàng TMCP Bảo Việt' },
  { bin: '970446', code: 'COOPBANK', shortName: 'Co-opBank', name: 'Ngân hàng Hợp tác xã Việt Nam' },
];

const BY_BIN: ReadonlyMap<BankBin, Bank> = new Map(BANKS.map((bank) => [bank.bin, bank]));

/** The bank with this BIN, or undefined when the BIN is not on the list. */
export function findBankByBin(bin: string): Bank | undefined {
  return BY_BIN.get(bin);
}

/**
 * The bank people mean by a name, short code or BIN, as they write it: "Vietcombank", "VCB", "vietcombank",
 * "970436", "Ngân hàng TMCP Ngoại thương Việt Nam" or "ngan hang ngoai thuong viet nam" all give Vietcombank.
 * Case, accents, spaces and hyphens do not matter; "TMCP" may be left out of a full name. Undefined when no bank on
 * `BANKS` is called that.
 */
export function findBank(query: string): Bank | undefined {
  const key = bankKey(query);
  if (key === '') return undefined;
  return BANKS.find(
    (bank) =>
      bank.bin === key ||
      bankKey(bank.code) === key ||
      bankKey(bank.shortName) === key ||
      bankKey(bank.name) === key ||
      bankKey(bank.name.replace(/\bTMCP\b/, '')) === key,
  );
}

/** A bank's name or code folded for comparing: no case, accents, spaces or punctuation. */
function bankKey(text: string): string {
  return foldText(text).replace(/[^a-z0-9]/g, '');
}

/** A BIN of a bank on the list: six digits (`bank.invalid_bin`), and a bank we know (`bank.unknown_bin`). */
export const BankBinSchema = z
  .string()
  .trim()
  .refine((bin) => /^\d{6}$/.test(bin), problem('bank.invalid_bin'))
  .refine((bin) => !/^\d{6}$/.test(bin) || BY_BIN.has(bin), problem('bank.unknown_bin'));

/** E-wallets households use; a wallet account is identified by the owner's mobile number. */
export const E_WALLET_PROVIDERS = ['viettel_money', 'momo', 'zalopay', 'vnpt_money'] as const;
/** An e-wallet provider, parsed (see `E_WALLET_PROVIDERS`). */
export const EWalletProviderSchema = z.enum(E_WALLET_PROVIDERS);
/** An e-wallet households use (one of `E_WALLET_PROVIDERS`). */
export type EWalletProvider = z.infer<typeof EWalletProviderSchema>;

/** What people call each wallet. Viettel Money was ViettelPay until 2022; the 2021 programme used that name. */
export const E_WALLET_NAMES: Readonly<
  Record<EWalletProvider, { readonly name: string; readonly formerly?: string }>
> = {
  viettel_money: { name: 'Viettel Money', formerly: 'ViettelPay' },
  momo: { name: 'MoMo' },
  zalopay: { name: 'ZaloPay' },
  vnpt_money: { name: 'VNPT Money' },
};
