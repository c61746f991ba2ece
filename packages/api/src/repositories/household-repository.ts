import { constraintViolation, type Database, type PaymentAccountRow } from '@nongsan/db';
import {
  type AdoptionStage,
  AdoptionStageSchema,
  DomainError,
  describeAccount,
  type EWalletProvider,
  type PaymentAccount,
} from '@nongsan/domain';
import type { Insertable, Kysely } from 'kysely';
import { afterPosition, type KeyPosition } from './keyset.ts';

/** A household as the server lists it: the domain's facts plus who looks after it and its shop's name. */
export interface HouseholdSummary {
  readonly id: string;
  readonly villageId: string;
  readonly villageName: string;
  readonly head: string;
  readonly isLead: boolean;
  readonly adoptionStage: AdoptionStage;
  readonly helperId: string | null;
  readonly shopName: string | null;
  readonly createdAt: string;
}

export interface NewHousehold {
  readonly id: string;
  readonly villageId: string;
  readonly head: string;
  readonly isLead?: boolean;
  readonly adoptionStage: AdoptionStage;
  readonly helperId?: string | null;
  readonly createdAt: Date;
}

/**
 * A stored payment account: the domain's account plus its id, whether orders are paid to it, and whether it is
 * linked to the bank-notification service (`bankFeed`: its transfers mark orders paid by themselves).
 */
export type StoredPaymentAccount = PaymentAccount & {
  readonly id: string;
  readonly isDefault: boolean;
  readonly bankFeed: boolean;
};

function toPaymentAccount(row: PaymentAccountRow): StoredPaymentAccount {
  const base = { id: row.id, isDefault: row.is_default === 1, bankFeed: row.bank_feed === 1 };
  return row.kind === 'bank'
    ? {
        ...base,
        kind: 'bank',
        bin: row.provider,
        accountNumber: row.account_number,
        holderName: row.holder_name ?? '',
      }
    : {
        ...base,
        kind: 'e_wallet',
        provider: row.provider as EWalletProvider,
        phone: row.account_number,
        holderName: row.holder_name ?? undefined,
      };
}

export class HouseholdRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** The households a helper looks after now. */
  async idsAssignedTo(helperId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('households')
      .select('id')
      .where('helper_id', '=', helperId)
      .orderBy('id')
      .execute();
    return rows.map((row) => row.id);
  }

  private summaries() {
    return this.db
      .selectFrom('households')
      .innerJoin('villages', 'villages.id', 'households.village_id')
      .leftJoin('shops', 'shops.id', 'households.id')
      .select([
        'households.id',
        'households.village_id',
        'villages.name as village_name',
        'households.head_name',
        'households.is_lead',
        'households.adoption_stage',
        'households.helper_id',
        'households.created_at',
        'shops.name as shop_name',
      ]);
  }

  private static toSummary(row: {
    id: string;
    village_id: string;
    village_name: string;
    head_name: string;
    is_lead: number;
    adoption_stage: string;
    helper_id: string | null;
    created_at: string;
    shop_name: string | null;
  }): HouseholdSummary {
    return {
      id: row.id,
      villageId: row.village_id,
      villageName: row.village_name,
      head: row.head_name,
      isLead: row.is_lead === 1,
      adoptionStage: AdoptionStageSchema.parse(row.adoption_stage),
      helperId: row.helper_id,
      shopName: row.shop_name,
      createdAt: row.created_at,
    };
  }

  async findById(id: string): Promise<HouseholdSummary | null> {
    const row = await this.summaries().where('households.id', '=', id).executeTakeFirst();
    return row ? HouseholdRepository.toSummary(row) : null;
  }

  /** A helper's households, by village then head's name. */
  async listForHelper(helperId: string): Promise<HouseholdSummary[]> {
    const rows = await this.summaries()
      .where('households.helper_id', '=', helperId)
      .orderBy('villages.name')
      .orderBy('households.head_name')
      .execute();
    return rows.map(HouseholdRepository.toSummary);
  }

  /**
   * A page of a village's households, by head's name (then id): what an official or helper opens a village to. It
   * seeks (`after` the previous page's last (head's name, id)) in `households_by_village_and_head`.
   */
  async listInVillage(
    villageId: string,
    page: { after?: KeyPosition | undefined; limit: number },
  ): Promise<HouseholdSummary[]> {
    let query = this.summaries().where('households.village_id', '=', villageId);
    if (page.after !== undefined)
      query = query.where(afterPosition('households.head_name', 'households.id', page.after, 'asc'));
    const rows = await query
      .orderBy('households.head_name')
      .orderBy('households.id')
      .limit(page.limit)
      .execute();
    return rows.map(HouseholdRepository.toSummary);
  }

  /** How many of a village's households are at each adoption stage (stages with none left out). */
  async stagesInVillage(villageId: string): Promise<Map<string, number>> {
    const rows = await this.db
      .selectFrom('households')
      .select((eb) => ['adoption_stage', eb.fn.countAll<number>().as('households')])
      .where('village_id', '=', villageId)
      .groupBy('adoption_stage')
      .execute();
    return new Map(rows.map((row) => [row.adoption_stage, Number(row.households)]));
  }

  /** The households of a village with their helpers: what the village's team assignments are built from. */
  async assignmentsInVillage(villageId: string): Promise<{ householdId: string; helperId: string }[]> {
    const rows = await this.db
      .selectFrom('households')
      .select(['id', 'helper_id'])
      .where('village_id', '=', villageId)
      .where('helper_id', 'is not', null)
      .orderBy('id')
      .execute();
    return rows.flatMap((row) => (row.helper_id ? [{ householdId: row.id, helperId: row.helper_id }] : []));
  }

  async insert(household: NewHousehold): Promise<void> {
    await this.insertMany([household]);
  }

  async insertMany(households: readonly NewHousehold[]): Promise<void> {
    for (let i = 0; i < households.length; i += 500) {
      await this.db
        .insertInto('households')
        .values(
          households.slice(i, i + 500).map((h) => ({
            id: h.id,
            village_id: h.villageId,
            head_name: h.head,
            is_lead: h.isLead ? 1 : 0,
            adoption_stage: h.adoptionStage,
            helper_id: h.helperId ?? null,
            created_at: h.createdAt.toISOString(),
          })),
        )
        .execute();
    }
  }

  async setAdoptionStage(id: string, stage: AdoptionStage): Promise<void> {
    await this.db.updateTable('households').set({ adoption_stage: stage }).where('id', '=', id).execute();
  }

  /**
   * Hands a household to a helper: ends its open assignment, opens a new one, and mirrors it on the household.
   * The database allows one open assignment per household, so two officials assigning at once cannot both win.
   */
  async assignHelper(assignment: {
    id: string;
    householdId: string;
    helperId: string;
    assignedBy: string;
    at: Date;
  }): Promise<void> {
    const at = assignment.at.toISOString();
    await this.db
      .updateTable('helper_assignments')
      .set({ ended_at: at })
      .where('household_id', '=', assignment.householdId)
      .where('ended_at', 'is', null)
      .execute();
    await this.db
      .insertInto('helper_assignments')
      .values({
        id: assignment.id,
        helper_id: assignment.helperId,
        household_id: assignment.householdId,
        assigned_by: assignment.assignedBy,
        assigned_at: at,
        ended_at: null,
      })
      .execute();
    await this.db
      .updateTable('households')
      .set({ helper_id: assignment.helperId })
      .where('id', '=', assignment.householdId)
      .execute();
  }

  /**
   * Many first assignments at once (seeding): households that have none yet and already name their helper
   * (`insertMany` with `helperId`). 500 rows a statement, within both databases' parameter limits.
   */
  async insertAssignments(
    assignments: readonly {
      id: string;
      householdId: string;
      helperId: string;
      assignedBy: string;
      at: Date;
    }[],
  ): Promise<void> {
    for (let i = 0; i < assignments.length; i += 500) {
      await this.db
        .insertInto('helper_assignments')
        .values(
          assignments.slice(i, i + 500).map((a) => ({
            id: a.id,
            helper_id: a.helperId,
            household_id: a.householdId,
            assigned_by: a.assignedBy,
            assigned_at: a.at.toISOString(),
            ended_at: null,
          })),
        )
        .execute();
    }
  }

  async paymentAccounts(householdId: string): Promise<StoredPaymentAccount[]> {
    const rows = await this.db
      .selectFrom('payment_accounts')
      .selectAll()
      .where('household_id', '=', householdId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(toPaymentAccount);
  }

  /**
   * Adds a payment account. Making it the default first clears the old default (one default per household, kept
   * by a partial unique index). The same account twice is `household.duplicate_payment_account`.
   */
  async addPaymentAccount(entry: {
    id: string;
    householdId: string;
    account: PaymentAccount;
    isDefault: boolean;
    createdBy: string;
    at: Date;
  }): Promise<void> {
    const { account } = entry;
    if (entry.isDefault) {
      await this.db
        .updateTable('payment_accounts')
        .set({ is_default: 0 })
        .where('household_id', '=', entry.householdId)
        .execute();
    }
    try {
      await this.db.insertInto('payment_accounts').values(paymentAccountRow(entry)).execute();
    } catch (error) {
      if (constraintViolation(error)?.kind === 'unique') {
        throw new DomainError('household.duplicate_payment_account', { account: describeAccount(account) }, [
          'account',
        ]);
      }
      throw error;
    }
  }

  /**
   * Many payment accounts at once (seeding), for households that have none yet; at most one default each, as
   * `addPaymentAccount` keeps it. 500 rows a statement.
   */
  async insertPaymentAccounts(
    entries: readonly {
      id: string;
      householdId: string;
      account: PaymentAccount;
      isDefault: boolean;
      createdBy: string;
      at: Date;
    }[],
  ): Promise<void> {
    for (let i = 0; i < entries.length; i += 500) {
      await this.db
        .insertInto('payment_accounts')
        .values(entries.slice(i, i + 500).map(paymentAccountRow))
        .execute();
    }
  }

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('households')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}

function paymentAccountRow(entry: {
  id: string;
  householdId: string;
  account: PaymentAccount;
  isDefault: boolean;
  createdBy: string;
  at: Date;
}): Insertable<Database['payment_accounts']> {
  const { account } = entry;
  return {
    id: entry.id,
    household_id: entry.householdId,
    kind: account.kind,
    provider: account.kind === 'bank' ? account.bin : account.provider,
    account_number: account.kind === 'bank' ? account.accountNumber : account.phone,
    holder_name: account.holderName ?? null,
    is_default: entry.isDefault ? 1 : 0,
    created_at: entry.at.toISOString(),
    created_by: entry.createdBy,
  };
}
