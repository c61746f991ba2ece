import * as z from 'zod';
import { type AdoptionStage, AdoptionStageSchema, advanceAdoption, hasReached } from './adoption.ts';
import { type BankBin, BankBinSchema, type EWalletProvider, EWalletProviderSchema } from './banks.ts';
import { DomainError, parseInput, problem } from './errors.ts';
import { type PhoneNumber, PhoneSchema } from './phone.ts';
import { type VillageId, VillageIdSchema } from './places.ts';
import { type LocalDate, LocalDateSchema, toLocalDate } from './seasons.ts';
import { foldText } from './text.ts';
import { typedText } from './typed-text.ts';

/** A household's id, as the caller stores it. */
export type HouseholdId = string;
/** A household id, parsed: 1 to 64 characters. */
export const HouseholdIdSchema = z.string().min(1).max(64);

/** A person of the household. Only the birth year is kept: it is what the commune's household register gives. */
export interface Member {
  readonly name: string;
  readonly birthYear: number;
  readonly hasSmartphone: boolean;
}

/** A household member, parsed: name, birth year, whether they have a smartphone. */
export const MemberSchema = z.object({
  name: typedText({ min: 1, max: 80 }),
  birthYear: z.number().int().min(1900).max(2100),
  hasSmartphone: z.boolean(),
});

/**
 * Youth as Vietnam's Law on Youth (2020) defines it: from 16 to 30 years old. The programme starts with these
 * members: quick to learn, most likely to own a smartphone.
 */
export const YOUNG_AGE = { min: 16, max: 30 } as const;

/** Age reached during the year of `on` (the birth year is all we know). */
export function ageIn(member: Pick<Member, 'birthYear'>, on: LocalDate): number {
  return Number(on.slice(0, 4)) - member.birthYear;
}

/** Whether a member counts as young on a date: aged 16 to 30 in that year. */
export function isYoung(member: Pick<Member, 'birthYear'>, on: LocalDate): boolean {
  const age = ageIn(member, on);
  return age >= YOUNG_AGE.min && age <= YOUNG_AGE.max;
}

/** A household the tech team reaches first: a young member who has a smartphone. */
export function hasYoungSmartphoneUser(household: Pick<Household, 'members'>, on: LocalDate): boolean {
  return household.members.some((m) => m.hasSmartphone && isYoung(m, on));
}

/** An e-wallet, identified by the owner's mobile number. */
export interface EWalletAccount {
  readonly kind: 'e_wallet';
  readonly provider: EWalletProvider;
  readonly phone: PhoneNumber;
  /**
   * The name the wallet is registered under, as the wallet app shows a payer before they send (upper case, no
   * accents, like a bank's). Optional: where it is missing, a buyer is shown no name rather than a guessed one.
   */
  readonly holderName?: string | undefined;
}

/** A bank account: the bank's BIN, the account number, and the holder's name as the bank prints it. */
export interface BankAccount {
  readonly kind: 'bank';
  readonly bin: BankBin;
  readonly accountNumber: string;
  readonly holderName: string;
}

/** Where a household receives money: an e-wallet or a bank account. */
export type PaymentAccount = EWalletAccount | BankAccount;

/**
 * A name the way Vietnamese banks print it on cards and transfer screens: upper case, no accents, đ → D, single
 * spaces ("Hoàng Thị Đào" → "HOANG THI DAO").
 */
export function toBankHolderName(name: string): string {
  return foldText(name).toUpperCase();
}

const HolderNameSchema = z
  .string()
  .transform(toBankHolderName)
  .refine(
    (name) => /^[A-Z]+( [A-Z]+)+$/.test(name) && name.length <= 50,
    problem('payment_account.invalid_holder'),
  );

/** 6 to 19 digits; people type them with spaces or dashes, which are dropped. */
const AccountNumberSchema = z
  .string()
  .transform((s) => s.replace(/[\s.-]/g, ''))
  .refine((s) => /^\d{6,19}$/.test(s), problem('payment_account.invalid_number'));

/** An e-wallet account, parsed: the provider and the owner's mobile number. */
export const EWalletAccountSchema = z.object({
  kind: z.literal('e_wallet'),
  provider: EWalletProviderSchema,
  phone: PhoneSchema,
  holderName: HolderNameSchema.optional(),
});

/** A bank account, parsed: a known bank by BIN, the account number, the holder's name as the bank prints it. */
export const BankAccountSchema = z.object({
  kind: z.literal('bank'),
  bin: BankBinSchema,
  accountNumber: AccountNumberSchema,
  holderName: HolderNameSchema,
});

/** A payment account as typed: the phone is normalised, spaces leave the account number, the holder name is folded. */
export const PaymentAccountSchema = z.discriminatedUnion('kind', [EWalletAccountSchema, BankAccountSchema]);
/** A payment account as a form sends it, before `PaymentAccountSchema` normalises it. */
export type PaymentAccountInput = z.input<typeof PaymentAccountSchema>;

/** Whether two accounts are the same account (same wallet and phone, or same bank and number). */
export function isSameAccount(a: PaymentAccount, b: PaymentAccount): boolean {
  if (a.kind === 'e_wallet' && b.kind === 'e_wallet') return a.provider === b.provider && a.phone === b.phone;
  if (a.kind === 'bank' && b.kind === 'bank') return a.bin === b.bin && a.accountNumber === b.accountNumber;
  return false;
}

/** A shop status, parsed (see `ShopStatus`). */
export const ShopStatusSchema = z.enum(['open', 'paused', 'closed']);
/** Whether a shop takes orders: `open`, `paused` (for a while) or `closed`. */
export type ShopStatus = z.infer<typeof ShopStatusSchema>;

/** The household's digital shop (gian hàng số) on the marketplace. */
export interface DigitalShop {
  readonly name: string;
  readonly openedOn: LocalDate;
  readonly status: ShopStatus;
}

/** A shop's name, as typed: 2 to 60 characters, no hidden characters. */
export const ShopNameSchema = typedText({ min: 2, max: 60 });

/** A farming household of a village. */
export interface Household {
  readonly id: HouseholdId;
  readonly villageId: VillageId;
  /** The head of the household (chủ hộ), by whose name the village knows it. */
  readonly head: string;
  readonly members: readonly Member[];
  /** A lead household (hộ đầu tàu): one that actually lists and sells, and that neighbours follow. */
  readonly isLead: boolean;
  readonly paymentAccounts: readonly PaymentAccount[];
  readonly shop: DigitalShop | null;
  /** How far the household has come on the marketplace (see adoption.ts). */
  readonly adoptionStage: AdoptionStage;
}

/** A household's online shop, parsed: its name, the local date it opened, its status. */
export const DigitalShopSchema = z.object({
  name: ShopNameSchema,
  openedOn: LocalDateSchema,
  status: ShopStatusSchema,
});

/** A household, parsed: its village, head, members, payment accounts, shop and adoption stage. */
export const HouseholdSchema = z.object({
  id: HouseholdIdSchema,
  villageId: VillageIdSchema,
  head: typedText({ min: 1, max: 80 }),
  members: z.array(MemberSchema).min(1).max(30),
  isLead: z.boolean(),
  paymentAccounts: z.array(PaymentAccountSchema).max(10),
  shop: DigitalShopSchema.nullable(),
  adoptionStage: AdoptionStageSchema,
});

/**
 * The household with one more payment account. The account is parsed first (so a typed account is normalised);
 * the same account twice is refused with `household.duplicate_payment_account`. Returns a new household.
 */
export function addPaymentAccount(household: Household, account: PaymentAccountInput): Household {
  const parsed = parseInput(PaymentAccountSchema, account);
  if (household.paymentAccounts.some((existing) => isSameAccount(existing, parsed))) {
    throw new DomainError('household.duplicate_payment_account', { account: describeAccount(parsed) }, [
      'paymentAccounts',
    ]);
  }
  return { ...household, paymentAccounts: [...household.paymentAccounts, parsed] };
}

/** A short, unambiguous label for an account, for messages: "momo 0912345678", "970405 1234567890". */
export function describeAccount(account: PaymentAccount): string {
  return account.kind === 'e_wallet'
    ? `${account.provider} ${account.phone}`
    : `${account.bin} ${account.accountNumber}`;
}

/** Whether the household can be paid other than in cash. */
export function hasPaymentAccount(household: Pick<Household, 'paymentAccounts'>): boolean {
  return household.paymentAccounts.length > 0;
}

/**
 * Open the household's digital shop on the local date of `now`, named as given or "Gian hàng {head}". The household
 * must be registered on the marketplace first (`household.not_registered`), and moves on to the `shop_open` stage.
 * A household has one shop: opening a second is `household.shop_exists` (a paused or closed shop is reopened with
 * `setShopStatus`). Returns a new household.
 */
export function openShop(
  household: Household,
  options: { readonly name?: string },
  now: Date | LocalDate,
): Household {
  if (household.shop) throw new DomainError('household.shop_exists', { name: household.shop.name }, ['shop']);
  if (!hasReached(household.adoptionStage, 'registered'))
    throw new DomainError('household.not_registered', { stage: household.adoptionStage }, ['adoptionStage']);
  const name = parseInput(ShopNameSchema, options.name ?? `Gian hàng ${household.head}`);
  const openedOn = typeof now === 'string' ? now : toLocalDate(now);
  const adoptionStage =
    household.adoptionStage === 'registered'
      ? advanceAdoption('registered', 'shop_open')
      : household.adoptionStage;
  return { ...household, shop: { name, openedOn, status: 'open' }, adoptionStage };
}

/** Pause, close or reopen the shop. `household.no_shop` when it has none. Returns a new household. */
export function setShopStatus(household: Household, status: ShopStatus): Household {
  if (!household.shop) throw new DomainError('household.no_shop', {}, ['shop']);
  if (household.shop.status === status) return household;
  return { ...household, shop: { ...household.shop, status } };
}
