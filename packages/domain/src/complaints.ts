import * as z from 'zod';
import { type Actor, actorRecord, actsForShop } from './actors.ts';
import { PHOTO_KEY_PATTERN } from './buyer-photos.ts';
import { DomainError, problem } from './errors.ts';
import { BankAccountSchema } from './households.ts';
import { PositiveVndSchema, type Vnd } from './money.ts';
import { type Order, type OrderEvent, type OrderEventKind, orderReference } from './order.ts';
import { typedText } from './typed-text.ts';
import { buildVietQr } from './vietqr.ts';

/*
 * Complaints and refunds. Within 48 hours of delivery the buyer of an order reports one problem with it (damaged,
 * short weight, wrong product), once per order. The shop (its seller, or its helper, recorded as theirs) accepts
 * with a refund in whole đồng, or declines with a reason. A complaint the shop has not settled 48 hours after it
 * was filed goes to the village's tech team (escalated by the system). A refund of an order paid by transfer or
 * e-wallet is paid back by VietQR to the bank account the buyer gave; a cash-on-delivery refund is cash handed
 * back. The shop marks the refund paid. Every step is an entry of the order's history; the order's own status
 * does not change.
 *
 * Decisions:
 * - Photos: at least one for a damaged or a wrong product (what the shop and the tech team judge by); for short
 *   weight a photo of the scale helps but the buyer must instead write what they weighed.
 * - How much: never more than the buyer paid. For damaged goods and short weight the refund is of the goods only
 *   (the parcel did travel); for a wrong product the delivery fee may be refunded too (the whole delivery was the
 *   shop's mistake).
 * - One complaint per order, whatever became of it: a second problem goes in the same complaint's note.
 */

/** The buyer reports a problem within this many hours of delivery. */
export const COMPLAINT_WITHIN_HOURS = 48;
/** A complaint the shop has not settled within this many hours of its filing goes to the village's tech team. */
export const COMPLAINT_ESCALATE_AFTER_HOURS = 48;
/** How many photos a complaint carries at most. */
export const COMPLAINT_PHOTOS_MAX = 3;

const HOUR_MS = 3_600_000;

/** What went wrong: damaged (dập, hỏng), short weight (thiếu cân), a wrong product (giao nhầm). */
export const ComplaintKindSchema = z.enum(['damaged', 'short_weight', 'wrong_product']);
/** What went wrong with a delivered order (see `ComplaintKindSchema`). */
export type ComplaintKind = z.infer<typeof ComplaintKindSchema>;
/** Every kind of complaint, in the order a form offers them. */
export const COMPLAINT_KINDS: readonly ComplaintKind[] = ComplaintKindSchema.options;

/**
 * Where a complaint stands: `open` (waiting for the shop), `refund_due` (accepted, the refund not yet paid),
 * `refunded` (paid back), `declined` (answered with a reason). Escalation to the tech team is a mark beside it.
 */
export const ComplaintStatusSchema = z.enum(['open', 'refund_due', 'refunded', 'declined']);
/** Where a complaint stands (see `ComplaintStatusSchema`). */
export type ComplaintStatus = z.infer<typeof ComplaintStatusSchema>;

/** How a refund goes back: by VietQR transfer to the buyer's bank account, or cash handed back. */
export type RefundMethod = 'bank_transfer' | 'cash';

/** A photo of what arrived: the key `POST /photos` gave the buyer (only theirs may be attached: `attachBuyerPhoto`). */
const ComplaintPhotoSchema = z
  .string()
  .max(300)
  .refine((s) => PHOTO_KEY_PATTERN.test(s), problem('complaint.photo_invalid'));

/** The bank account a buyer gives for a refund: a bank on the list, the number, the holder as the bank prints it. */
export const RefundAccountSchema = BankAccountSchema.omit({ kind: true });
/** A refund account as the domain keeps it (BIN, account number, holder's name in bank capitals). */
export type RefundAccount = z.output<typeof RefundAccountSchema>;

/** What a buyer sends to report a problem. */
export const ComplaintInputSchema = z
  .object({
    kind: ComplaintKindSchema,
    note: typedText({ max: 500 }).optional(),
    photos: z
      .array(ComplaintPhotoSchema)
      .max(COMPLAINT_PHOTOS_MAX)
      .refine((keys) => new Set(keys).size === keys.length, problem('complaint.photo_invalid'))
      .default([]),
    refundAccount: RefundAccountSchema.optional(),
  })
  .superRefine((input, ctx) => {
    if (input.kind !== 'short_weight' && input.photos.length === 0)
      ctx.addIssue({ code: 'custom', path: ['photos'], ...problem('complaint.photo_required') });
    if (input.kind === 'short_weight' && (input.note ?? '').length < 3)
      ctx.addIssue({ code: 'custom', path: ['note'], ...problem('complaint.note_required') });
  });
/** A complaint as a buyer sends it (see `ComplaintInputSchema`). */
export type ComplaintInput = z.input<typeof ComplaintInputSchema>;
/** A complaint input once parsed. */
export type ParsedComplaintInput = z.output<typeof ComplaintInputSchema>;

/** Why the shop declines a complaint: read by the buyer and, if escalated, by the tech team. */
export const ComplaintAnswerSchema = typedText({ min: 3, max: 500 });
/** The refund the shop accepts: whole đồng, more than zero (the ceiling is `refundLimit`). */
export const RefundAmountSchema = PositiveVndSchema;

/** A complaint as the domain reasons about it. */
export interface Complaint {
  readonly id: string;
  readonly orderId: string;
  readonly shopId: string;
  readonly buyerId: string;
  readonly kind: ComplaintKind;
  readonly note: string | null;
  readonly photos: readonly string[];
  /** Where a transfer refund goes; null for a cash-on-delivery order. */
  readonly refundAccount: RefundAccount | null;
  readonly status: ComplaintStatus;
  readonly filedAt: Date;
  /** When the system handed it to the village's tech team; null while the shop still has time. */
  readonly escalatedAt: Date | null;
  readonly refundAmount: Vnd | null;
  readonly refundMethod: RefundMethod | null;
  /** The shop's reason when it declined. */
  readonly answer: string | null;
  readonly answeredAt: Date | null;
  readonly refundPaidAt: Date | null;
}

/** A decided complaint step: the complaint after it and the entry of the order's history. */
export interface ComplaintStep {
  readonly complaint: Complaint;
  readonly event: OrderEvent;
}

/** The order facts complaint rules read. */
export type ComplaintOrder = Pick<Order, 'id' | 'shopId' | 'buyerId' | 'status' | 'totals' | 'payment'>;

/** The last moment a buyer may report a problem: 48 hours after delivery. */
export function complaintDeadline(deliveredAt: Date): Date {
  return new Date(deliveredAt.getTime() + COMPLAINT_WITHIN_HOURS * HOUR_MS);
}

/** When the order was delivered, from its history (null when it never was). */
export function deliveredAt(events: readonly Pick<OrderEvent, 'kind' | 'at'>[]): Date | null {
  return events.find((e) => e.kind === 'delivered')?.at ?? null;
}

/** How a refund of this order goes back: cash for cash on delivery, else by transfer to the buyer's account. */
export function refundMethodFor(order: Pick<Order, 'payment'>): RefundMethod {
  return order.payment.method === 'cash_on_delivery' ? 'cash' : 'bank_transfer';
}

/**
 * The most a complaint may refund: what the buyer paid, and of that the goods only (damaged, short weight) or the
 * goods and the delivery fee (a wrong product). Zero while the buyer has paid nothing.
 */
export function refundLimit(order: Pick<Order, 'totals' | 'payment'>, kind: ComplaintKind): Vnd {
  const paid = order.payment.status === 'paid' ? (order.payment.paidAmount ?? 0) : 0;
  const covered = kind === 'wrong_product' ? order.totals.total : order.totals.subtotal;
  return Math.max(0, Math.min(paid, covered));
}

/** Whether the buyer could still report a problem with this order now (for the "Báo vấn đề" button). */
export function mayFileComplaint(
  order: Pick<Order, 'buyerId' | 'status'>,
  delivered: Date | null,
  existing: Complaint | null,
  actor: Actor,
  now: Date,
): boolean {
  return (
    actor.kind === 'buyer' &&
    actor.userId === order.buyerId &&
    (order.status === 'delivered' || order.status === 'completed') &&
    delivered !== null &&
    now.getTime() <= complaintDeadline(delivered).getTime() &&
    existing === null
  );
}

function event(
  order: Pick<Order, 'id' | 'shopId' | 'status'>,
  kind: OrderEventKind,
  actor: Actor,
  now: Date,
  details: Record<string, string | number>,
): OrderEvent {
  return {
    orderId: order.id,
    at: now,
    kind,
    from: order.status,
    to: order.status,
    actor: actorRecord(actor, order.shopId),
    details,
  };
}

/**
 * The buyer reports a problem: only the order's buyer (`complaint.forbidden`), only once delivered
 * (`complaint.not_delivered`), within 48 hours of delivery (`complaint.too_late`, exactly 48 hours still counts),
 * once (`complaint.already_filed`), with a bank account to refund to unless the order was cash on delivery
 * (`complaint.refund_account_required`).
 */
export function fileComplaint(
  order: ComplaintOrder,
  delivered: Date | null,
  existing: Complaint | null,
  actor: Actor,
  input: ParsedComplaintInput,
  id: string,
  now: Date,
): ComplaintStep {
  if (actor.kind !== 'buyer' || actor.userId !== order.buyerId)
    throw new DomainError('complaint.forbidden', {}, ['orderId']);
  if ((order.status !== 'delivered' && order.status !== 'completed') || delivered === null)
    throw new DomainError('complaint.not_delivered', { status: order.status }, ['orderId']);
  const deadline = complaintDeadline(delivered);
  if (now.getTime() > deadline.getTime())
    throw new DomainError(
      'complaint.too_late',
      { hours: COMPLAINT_WITHIN_HOURS, deadline: deadline.toISOString() },
      ['orderId'],
    );
  if (existing !== null) throw new DomainError('complaint.already_filed', {}, ['orderId']);
  const method = refundMethodFor(order);
  if (method === 'bank_transfer' && input.refundAccount === undefined)
    throw new DomainError('complaint.refund_account_required', {}, ['refundAccount']);
  const complaint: Complaint = {
    id,
    orderId: order.id,
    shopId: order.shopId,
    buyerId: order.buyerId,
    kind: input.kind,
    note: input.note || null,
    photos: input.photos,
    refundAccount: method === 'bank_transfer' ? (input.refundAccount ?? null) : null,
    status: 'open',
    filedAt: now,
    escalatedAt: null,
    refundAmount: null,
    refundMethod: null,
    answer: null,
    answeredAt: null,
    refundPaidAt: null,
  };
  return {
    complaint,
    event: event(order, 'complaint_filed', actor, now, {
      complaintId: id,
      complaintKind: input.kind,
      photos: input.photos.length,
    }),
  };
}

function requireShop(complaint: Complaint, actor: Actor): void {
  if (!actsForShop(actor, complaint.shopId)) throw new DomainError('complaint.forbidden', {}, ['orderId']);
}

/**
 * The shop accepts the complaint with a refund: its seller or helper (`complaint.forbidden`), while it is open
 * (`complaint.already_answered`), of a whole amount above zero and at most `refundLimit` (`complaint.refund_too_much`
 * with the `max`; `complaint.nothing_paid` when the buyer paid nothing).
 */
export function acceptComplaint(
  complaint: Complaint,
  order: ComplaintOrder,
  actor: Actor,
  amount: Vnd,
  now: Date,
): ComplaintStep {
  requireShop(complaint, actor);
  if (complaint.status !== 'open') throw new DomainError('complaint.already_answered', {}, ['orderId']);
  if (!Number.isSafeInteger(amount) || amount <= 0)
    throw new DomainError('money.not_positive', { amount }, ['amount']);
  const max = refundLimit(order, complaint.kind);
  if (max === 0) throw new DomainError('complaint.nothing_paid', {}, ['amount']);
  if (amount > max) throw new DomainError('complaint.refund_too_much', { max }, ['amount']);
  const method = refundMethodFor(order);
  return {
    complaint: {
      ...complaint,
      status: 'refund_due',
      refundAmount: amount,
      refundMethod: method,
      answeredAt: now,
    },
    event: event(order, 'complaint_accepted', actor, now, {
      complaintId: complaint.id,
      amount,
      refundMethod: method,
    }),
  };
}

/** The shop declines the complaint, saying why: its seller or helper, while it is open. */
export function declineComplaint(
  complaint: Complaint,
  order: ComplaintOrder,
  actor: Actor,
  reason: string,
  now: Date,
): ComplaintStep {
  requireShop(complaint, actor);
  if (complaint.status !== 'open') throw new DomainError('complaint.already_answered', {}, ['orderId']);
  return {
    complaint: { ...complaint, status: 'declined', answer: reason, answeredAt: now },
    event: event(order, 'complaint_declined', actor, now, { complaintId: complaint.id, reason }),
  };
}

/** The shop paid the refund back (the transfer sent, or the cash handed over): once (`complaint.no_refund_due`). */
export function markRefundPaid(
  complaint: Complaint,
  order: ComplaintOrder,
  actor: Actor,
  now: Date,
): ComplaintStep {
  requireShop(complaint, actor);
  if (complaint.status !== 'refund_due' || complaint.refundAmount === null)
    throw new DomainError('complaint.no_refund_due', {}, ['orderId']);
  return {
    complaint: { ...complaint, status: 'refunded', refundPaidAt: now },
    event: event(order, 'refund_paid', actor, now, {
      complaintId: complaint.id,
      amount: complaint.refundAmount,
      refundMethod: complaint.refundMethod ?? refundMethodFor(order),
    }),
  };
}

/** When an unsettled complaint goes to the village's tech team: 48 hours after it was filed. */
export function escalationDue(complaint: Pick<Complaint, 'filedAt'>): Date {
  return new Date(complaint.filedAt.getTime() + COMPLAINT_ESCALATE_AFTER_HOURS * HOUR_MS);
}

/** Whether a complaint is not settled yet: still waiting for the shop, or its refund not yet paid. */
export function isUnsettledComplaint(complaint: Pick<Complaint, 'status'>): boolean {
  return complaint.status === 'open' || complaint.status === 'refund_due';
}

/**
 * The system's escalation of a complaint still unsettled (open, or its refund unpaid) 48 hours after filing, or
 * null when there is none to make (settled, escalated already, or not yet due).
 */
export function escalateIfUnsettled(
  complaint: Complaint,
  order: Pick<Order, 'id' | 'shopId' | 'status'>,
  now: Date,
): ComplaintStep | null {
  if (!isUnsettledComplaint(complaint) || complaint.escalatedAt !== null) return null;
  if (now.getTime() < escalationDue(complaint).getTime()) return null;
  return {
    complaint: { ...complaint, escalatedAt: now },
    event: event(order, 'complaint_escalated', { kind: 'system' }, now, {
      complaintId: complaint.id,
      complaintStatus: complaint.status,
    }),
  };
}

/** What a refund transfer says: "HOAN TIEN" and the order's reference (within VietQR's 25 characters). */
export function refundPurpose(order: Pick<Order, 'id'>): string {
  return `HOAN TIEN ${orderReference(order)}`;
}

/**
 * The VietQR code the shop scans to pay an accepted refund back to the buyer's account, for the refund's amount.
 * `complaint.no_refund_due` unless a refund is owed; `complaint.no_transfer_refund` for a cash refund.
 */
export function refundVietQr(complaint: Complaint, order: Pick<Order, 'id'>): string {
  if (complaint.status !== 'refund_due' || complaint.refundAmount === null)
    throw new DomainError('complaint.no_refund_due', {}, ['orderId']);
  if (complaint.refundMethod !== 'bank_transfer' || complaint.refundAccount === null)
    throw new DomainError('complaint.no_transfer_refund', {}, ['orderId']);
  return buildVietQr({
    bin: complaint.refundAccount.bin,
    accountNumber: complaint.refundAccount.accountNumber,
    amount: complaint.refundAmount,
    purpose: refundPurpose(order),
  });
}

/** A step on a complaint the shop may take. */
export type ComplaintAction = 'accept' | 'decline' | 'mark_refund_paid';

/** The steps this actor could take on the complaint now, for the buttons an app shows. */
export function complaintActions(
  complaint: Pick<Complaint, 'shopId' | 'status'>,
  actor: Actor,
): ComplaintAction[] {
  if (!actsForShop(actor, complaint.shopId)) return [];
  if (complaint.status === 'open') return ['accept', 'decline'];
  if (complaint.status === 'refund_due') return ['mark_refund_paid'];
  return [];
}
