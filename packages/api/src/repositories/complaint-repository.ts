import { type ComplaintRow, constraintViolation, type Database } from '@nongsan/db';
import type { Complaint, ComplaintKind, RefundMethod } from '@nongsan/domain';
import type { Kysely } from 'kysely';

function toComplaint(row: ComplaintRow): Complaint {
  const at = (t: string | null) => (t === null ? null : new Date(t));
  return {
    id: row.id,
    orderId: row.order_id,
    shopId: row.shop_id,
    buyerId: row.buyer_id,
    kind: row.kind as ComplaintKind,
    note: row.note,
    photos: JSON.parse(row.photos) as string[],
    refundAccount:
      row.refund_bin === null || row.refund_account_number === null || row.refund_holder_name === null
        ? null
        : {
            bin: row.refund_bin,
            accountNumber: row.refund_account_number,
            holderName: row.refund_holder_name,
          },
    status: row.status,
    filedAt: new Date(row.filed_at),
    escalatedAt: at(row.escalated_at),
    refundAmount: row.refund_amount === null ? null : Number(row.refund_amount),
    refundMethod: row.refund_method as RefundMethod | null,
    answer: row.answer,
    answeredAt: at(row.answered_at),
    refundPaidAt: at(row.refund_paid_at),
  };
}

/** A complaint with what a list shows beside it: the order's total and the buyer's and household's names. */
export interface ListedComplaint extends Complaint {
  readonly buyerName: string;
  readonly householdName: string;
}

/** Complaints about delivered orders: one per order, their refunds, the ones the tech team must look at. */
export class ComplaintRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async findByOrder(orderId: string): Promise<Complaint | null> {
    const row = await this.db
      .selectFrom('complaints')
      .selectAll()
      .where('order_id', '=', orderId)
      .executeTakeFirst();
    return row ? toComplaint(row) : null;
  }

  async findById(id: string): Promise<Complaint | null> {
    const row = await this.db.selectFrom('complaints').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toComplaint(row) : null;
  }

  /** Writes a new complaint; false when the order has one already (its unique key refused a second, filed meanwhile). */
  async insert(complaint: Complaint): Promise<boolean> {
    try {
      await this.insertRow(complaint);
      return true;
    } catch (error) {
      if (constraintViolation(error)?.kind === 'unique') return false;
      throw error;
    }
  }

  private async insertRow(complaint: Complaint): Promise<void> {
    await this.db
      .insertInto('complaints')
      .values({
        id: complaint.id,
        order_id: complaint.orderId,
        shop_id: complaint.shopId,
        buyer_id: complaint.buyerId,
        kind: complaint.kind,
        note: complaint.note,
        photos: JSON.stringify(complaint.photos),
        refund_bin: complaint.refundAccount?.bin ?? null,
        refund_account_number: complaint.refundAccount?.accountNumber ?? null,
        refund_holder_name: complaint.refundAccount?.holderName ?? null,
        status: complaint.status,
        filed_at: complaint.filedAt.toISOString(),
        escalated_at: null,
        refund_amount: null,
        refund_method: null,
        answer: null,
        answered_at: null,
        answered_by: null,
        refund_paid_at: null,
        refund_paid_by: null,
      })
      .execute();
  }

  /**
   * Writes a step the domain decided, only if the complaint is still as it was read (same status, same
   * escalation); false when someone else took a step meanwhile. `by` is who answered or paid (null for the system).
   */
  async saveStep(before: Complaint, after: Complaint, by: string | null): Promise<boolean> {
    const iso = (d: Date | null) => d?.toISOString() ?? null;
    const answered = before.answeredAt === null && after.answeredAt !== null;
    const paid = before.refundPaidAt === null && after.refundPaidAt !== null;
    let query = this.db
      .updateTable('complaints')
      .set({
        status: after.status,
        escalated_at: iso(after.escalatedAt),
        refund_amount: after.refundAmount,
        refund_method: after.refundMethod,
        answer: after.answer,
        answered_at: iso(after.answeredAt),
        refund_paid_at: iso(after.refundPaidAt),
        ...(answered ? { answered_by: by } : {}),
        ...(paid ? { refund_paid_by: by } : {}),
      })
      .where('id', '=', before.id)
      .where('status', '=', before.status);
    query =
      before.escalatedAt === null
        ? query.where('escalated_at', 'is', null)
        : query.where('escalated_at', '=', before.escalatedAt.toISOString());
    const result = await query.executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Complaints still unsettled, not yet escalated, filed at or before `filedBy`, oldest first (the job's work). */
  async toEscalate(filedBy: Date, limit: number): Promise<Complaint[]> {
    const rows = await this.db
      .selectFrom('complaints')
      .selectAll()
      .where('escalated_at', 'is', null)
      .where('status', 'in', ['open', 'refund_due'])
      .where('filed_at', '<=', filedBy.toISOString())
      .orderBy('filed_at')
      .limit(limit)
      .execute();
    return rows.map(toComplaint);
  }

  private listed() {
    return this.db
      .selectFrom('complaints')
      .innerJoin('users', 'users.id', 'complaints.buyer_id')
      .innerJoin('households', 'households.id', 'complaints.shop_id')
      .selectAll('complaints')
      .select(['users.display_name as buyer_name', 'households.head_name as household_name']);
  }

  /** A shop's complaints, newest first. */
  async ofShop(shopId: string, limit: number): Promise<ListedComplaint[]> {
    const rows = await this.listed()
      .where('complaints.shop_id', '=', shopId)
      .orderBy('complaints.filed_at', 'desc')
      .orderBy('complaints.id', 'desc')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ ...toComplaint(r), buyerName: r.buyer_name, householdName: r.household_name }));
  }

  /** The escalated complaints of a village's households still unsettled, oldest escalation first. */
  async escalatedInVillage(villageId: string, limit: number): Promise<ListedComplaint[]> {
    const rows = await this.listed()
      .where('households.village_id', '=', villageId)
      .where('complaints.escalated_at', 'is not', null)
      .where('complaints.status', 'in', ['open', 'refund_due'])
      .orderBy('complaints.escalated_at')
      .orderBy('complaints.id')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ ...toComplaint(r), buyerName: r.buyer_name, householdName: r.household_name }));
  }
}
