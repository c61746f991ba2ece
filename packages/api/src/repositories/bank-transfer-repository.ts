import type { BankTransferRow, Database } from '@nongsan/db';
import type { IncomingTransfer, TransferOutcome, Vnd } from '@nongsan/domain';
import type { Kysely } from 'kysely';

/** A transfer the bank-notification service reported, as stored, with what it decided. */
export interface StoredBankTransfer {
  readonly id: string;
  readonly provider: string;
  readonly providerId: string;
  readonly householdId: string | null;
  readonly orderId: string | null;
  readonly accountNumber: string;
  readonly gateway: string;
  readonly direction: 'in' | 'out';
  readonly amount: Vnd;
  readonly expectedAmount: Vnd | null;
  readonly content: string;
  readonly code: string | null;
  readonly bankReference: string | null;
  readonly transactionAt: Date;
  readonly receivedAt: Date;
  readonly outcome: TransferOutcome;
  readonly settledAt: Date | null;
  readonly settledBy: string | null;
  readonly settleNote: string | null;
}

function toTransfer(row: BankTransferRow): StoredBankTransfer {
  return {
    id: row.id,
    provider: row.provider,
    providerId: row.provider_id,
    householdId: row.household_id,
    orderId: row.order_id,
    accountNumber: row.account_number,
    gateway: row.gateway,
    direction: row.direction,
    amount: Number(row.amount),
    expectedAmount: row.expected_amount === null ? null : Number(row.expected_amount),
    content: row.content,
    code: row.code,
    bankReference: row.bank_reference,
    transactionAt: new Date(row.transaction_at),
    receivedAt: new Date(row.received_at),
    outcome: row.outcome,
    settledAt: row.settled_at === null ? null : new Date(row.settled_at),
    settledBy: row.settled_by,
    settleNote: row.settle_note,
  };
}

/** How many transfers a shop's list shows at most. */
const LIST_LIMIT = 200;

/** The transfers the bank-notification service reported, and the accounts linked to it. */
export class BankTransferRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** The transfer a notification reported before (by service and notification id), or null. */
  async findByNotification(provider: string, providerId: string): Promise<StoredBankTransfer | null> {
    const row = await this.db
      .selectFrom('bank_transfers')
      .selectAll()
      .where('provider', '=', provider)
      .where('provider_id', '=', providerId)
      .executeTakeFirst();
    return row ? toTransfer(row) : null;
  }

  async findById(id: string): Promise<StoredBankTransfer | null> {
    const row = await this.db
      .selectFrom('bank_transfers')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toTransfer(row) : null;
  }

  /**
   * Claims a notification: writes its row (as `unmatched` until `decide`) so a twin sent at the same moment waits
   * on the unique key (PostgreSQL) or on the write lock (SQLite), then finds it.
   */
  async claim(id: string, transfer: IncomingTransfer, receivedAt: Date): Promise<void> {
    await this.db
      .insertInto('bank_transfers')
      .values({
        id,
        provider: transfer.provider,
        provider_id: transfer.providerId,
        household_id: null,
        order_id: null,
        account_number: transfer.accountNumber,
        gateway: transfer.gateway,
        direction: transfer.direction,
        amount: transfer.amount,
        expected_amount: null,
        content: transfer.content,
        code: transfer.code,
        bank_reference: transfer.bankReference,
        transaction_at: transfer.transactionAt.toISOString(),
        received_at: receivedAt.toISOString(),
        outcome: 'unmatched',
        settled_at: null,
        settled_by: null,
        settle_note: null,
      })
      .execute();
  }

  /** Writes what a claimed transfer decided. */
  async decide(
    id: string,
    decision: {
      householdId: string | null;
      orderId: string | null;
      expected: Vnd | null;
      outcome: TransferOutcome;
    },
  ): Promise<void> {
    await this.db
      .updateTable('bank_transfers')
      .set({
        household_id: decision.householdId,
        order_id: decision.orderId,
        expected_amount: decision.expected,
        outcome: decision.outcome,
      })
      .where('id', '=', id)
      .execute();
  }

  /** Marks a kept transfer settled by hand, if nobody settled it meanwhile; false otherwise. */
  async settle(id: string, by: string, at: Date, note: string | null): Promise<boolean> {
    const result = await this.db
      .updateTable('bank_transfers')
      .set({ settled_at: at.toISOString(), settled_by: by, settle_note: note })
      .where('id', '=', id)
      .where('settled_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** A shop's incoming transfers, newest first. */
  async listForHousehold(householdId: string): Promise<StoredBankTransfer[]> {
    const rows = await this.db
      .selectFrom('bank_transfers')
      .selectAll()
      .where('household_id', '=', householdId)
      .orderBy('received_at', 'desc')
      .orderBy('id', 'desc')
      .limit(LIST_LIMIT)
      .execute();
    return rows.map(toTransfer);
  }

  /** The households whose bank account with this number is linked to the notification service. */
  async householdsLinkedTo(accountNumber: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('payment_accounts')
      .select('household_id')
      .distinct()
      .where('account_number', '=', accountNumber)
      .where('kind', '=', 'bank')
      .where('bank_feed', '=', 1)
      .orderBy('household_id')
      .execute();
    return rows.map((r) => r.household_id);
  }

  /**
   * The ids of the orders of these shops whose reference (`orderReference`: "DH" and the id's last eight letters
   * or digits, upper case; ids end in upper-case Crockford letters) is `reference`.
   */
  async orderIdsWithReference(shopIds: readonly string[], reference: string): Promise<string[]> {
    const tail = reference.slice(2);
    if (shopIds.length === 0 || !/^[0-9A-Z]{8}$/.test(tail)) return [];
    const rows = await this.db
      .selectFrom('orders')
      .select('id')
      .where('shop_id', 'in', shopIds)
      .where('id', 'like', `%${tail}`)
      .limit(5)
      .execute();
    return rows.map((r) => r.id);
  }

  /** Links a household's bank account to the notification service, or unlinks it; false when it has no such account. */
  async setBankFeed(householdId: string, accountId: string, linked: boolean): Promise<boolean> {
    const result = await this.db
      .updateTable('payment_accounts')
      .set({ bank_feed: linked ? 1 : 0 })
      .where('id', '=', accountId)
      .where('household_id', '=', householdId)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }
}
