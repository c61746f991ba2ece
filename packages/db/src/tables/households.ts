import type { Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { Flag, Id, UtcTimeText } from '../column-types.ts';

/**
 * A village (thôn), as the domain's `Village`: its commune before the 2025 reform (Long Đống) and after it (Bắc Sơn)
 * by commune code; the domain's place data gives the names. Only some real village names are known; the others
 * are invented and marked so.
 */
export interface VillagesTable {
  id: Id;
  name: string;
  legacy_commune_code: string;
  current_commune_code: string;
  /** 1 when the name is invented for the model rather than taken from a report. */
  name_is_invented: Generated<Flag>;
}

/**
 * A commune (xã) or ward (phường) of today's two-level system (since 1 July 2025), by its national 5-digit code:
 * what villages, and through them households, tech teams and shops, belong to, and what a commune official is
 * appointed to. `former_names` are the communes it was made of in 2025, as a person reads them ("xã Long Đống, …").
 */
export interface CommunesTable {
  code: string;
  name: string;
  kind: 'xa' | 'phuong';
  /** The province's 2-digit code ("20" is Lạng Sơn). */
  province_code: string;
  former_names: Generated<string>;
  /** 1 when the commune is made up (the synthetic province's numbered communes). */
  name_is_invented: Generated<Flag>;
}

/** A farming household (hộ). */
export interface HouseholdsTable {
  id: Id;
  village_id: Id;
  head_name: string;
  /** 1 for a lead household (hộ đầu tàu), one that actually lists and sells. */
  is_lead: Generated<Flag>;
  /** How far the household has come in adopting the marketplace; the values are the domain's. */
  adoption_stage: string;
  /** The helper (tech-team member) who looks after the household now; the history is in `helper_assignments`. */
  helper_id: Id | null;
  created_at: UtcTimeText;
}

/** A person of a household (the domain's `Member`). Helpers start with its young members who have a smartphone. */
export interface HouseholdMembersTable {
  id: Id;
  household_id: Id;
  name: string;
  /** Only the year is kept: it is what the commune's household register gives. */
  birth_year: number;
  has_smartphone: Flag;
}

export const PAYMENT_ACCOUNT_KINDS = ['bank', 'e_wallet'] as const;
export type PaymentAccountKind = (typeof PAYMENT_ACCOUNT_KINDS)[number];

/**
 * Where a household is paid (the domain's `PaymentAccount`): a bank account, paid by VietQR transfer, or an e-wallet
 * such as Viettel Money, known by the owner's phone number.
 */
export interface PaymentAccountsTable {
  id: Id;
  household_id: Id;
  kind: PaymentAccountKind;
  /** A bank's 6-digit NAPAS BIN, or an e-wallet provider ("viettel_money", …). */
  provider: string;
  /** The bank account number, or the e-wallet's phone number. */
  account_number: string;
  /** The holder's name as the bank prints it; null for e-wallets. */
  holder_name: string | null;
  /** 1 for the account orders are paid to; at most one per household (a partial unique index). */
  is_default: Generated<Flag>;
  created_at: UtcTimeText;
  /** The user who added it: the household's login or its helper. */
  created_by: Id;
  /** 1 when the bank account is linked to the bank-notification service: its transfers mark orders paid. */
  bank_feed: Generated<Flag>;
}

/**
 * Which helper looks after which household, and since when: appointed by an official. The open assignment
 * (`ended_at` null) is unique per household and mirrors `households.helper_id`.
 */
export interface HelperAssignmentsTable {
  id: Id;
  helper_id: Id;
  household_id: Id;
  assigned_by: Id;
  assigned_at: UtcTimeText;
  ended_at: UtcTimeText | null;
}

export type CommuneRow = Selectable<CommunesTable>;
export type NewCommuneRow = Insertable<CommunesTable>;
export type VillageRow = Selectable<VillagesTable>;
export type NewVillageRow = Insertable<VillagesTable>;
export type HouseholdRow = Selectable<HouseholdsTable>;
export type NewHouseholdRow = Insertable<HouseholdsTable>;
export type HouseholdRowUpdate = Updateable<HouseholdsTable>;
export type HouseholdMemberRow = Selectable<HouseholdMembersTable>;
export type NewHouseholdMemberRow = Insertable<HouseholdMembersTable>;
export type PaymentAccountRow = Selectable<PaymentAccountsTable>;
export type NewPaymentAccountRow = Insertable<PaymentAccountsTable>;
export type HelperAssignmentRow = Selectable<HelperAssignmentsTable>;
export type NewHelperAssignmentRow = Insertable<HelperAssignmentsTable>;

/** A village's adoption figures as the last refresh counted them (see migration 0011). */
export interface VillageFiguresTable {
  village_id: Id;
  households: number;
  shops: number;
  lead_households: number;
}

/** A village's sold orders in one month (YYYY-MM, Vietnam's time) as the last refresh counted them. */
export interface VillageMonthSalesTable {
  village_id: Id;
  month: string;
  orders: number;
  grams: number;
  pieces: number;
  vnd: number;
}

/** When the figures were last refreshed, and up to which order change (`orders.updated_at`) they have read. */
export interface FiguresRefreshTable {
  id: string;
  refreshed_at: UtcTimeText;
  orders_seen_until: UtcTimeText;
}
