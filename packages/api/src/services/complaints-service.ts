import {
  type Actor,
  acceptComplaint,
  attachBuyerPhoto,
  COMPLAINT_ESCALATE_AFTER_HOURS,
  type Complaint,
  type ComplaintAction,
  type ComplaintInput,
  ComplaintInputSchema,
  type ComplaintStep,
  complaintActions,
  complaintDeadline,
  DomainError,
  declineComplaint,
  deliveredAt,
  escalateIfUnsettled,
  escalationDue,
  fileComplaint,
  findBankByBin,
  isDomainError,
  markRefundPaid,
  mayFileComplaint,
  mayViewOrder,
  orderReference,
  parseInput,
  type RefundMethod,
  refundLimit,
  refundMethodFor,
  refundPurpose,
  refundVietQr,
  SYSTEM_ACTOR,
  type Vnd,
} from '@nongsan/domain';
import type { SessionUser } from '../auth/session-user.ts';
import { newId } from '../ids.ts';
import type { PhotoStore } from '../photos/photo-store.ts';
import type { ListedComplaint } from '../repositories/complaint-repository.ts';
import type { StoredOrder } from '../repositories/order-repository.ts';
import { inTransaction, type Repositories, repositoriesFor } from '../repositories/repositories.ts';
import { recordAudit } from './audit.ts';
import { attachBuyerPhotoIn } from './buyer-photos-service.ts';
import type { ServiceDeps } from './deps.ts';
import { loadOrder } from './order-views.ts';

/** A complaint as the apps show it to its buyer and its shop. */
export interface ComplaintView {
  readonly id: string;
  readonly orderId: string;
  readonly reference: string;
  readonly shopId: string;
  readonly kind: Complaint['kind'];
  readonly note: string | null;
  readonly photos: readonly string[];
  readonly status: Complaint['status'];
  readonly filedAt: string;
  /** When it goes (or went) to the tech team if the shop has not settled it. */
  readonly escalationDue: string;
  readonly escalatedAt: string | null;
  /** The account a transfer refund goes to, with the bank's short name. */
  readonly refundAccount: {
    readonly bin: string;
    readonly bankName: string;
    readonly accountNumber: string;
    readonly holderName: string;
  } | null;
  readonly refundMethod: RefundMethod;
  readonly refundAmount: Vnd | null;
  /** The most the shop may refund (what the buyer paid, of the goods or, for a wrong product, of everything). */
  readonly refundLimit: Vnd;
  readonly answer: string | null;
  readonly answeredAt: string | null;
  readonly refundPaidAt: string | null;
  /** What the viewer could do now (the shop's buttons). */
  readonly actions: ComplaintAction[];
}

/** A complaint in a list (the shop's inbox, the tech team's escalated ones), with the names a reader needs. */
export interface ListedComplaintView extends ComplaintView {
  readonly buyerName: string;
  readonly householdName: string;
  readonly orderTotal: Vnd;
}

/** What an order's page needs to know about complaints: the complaint if one, whether one may be filed, until when. */
export interface OrderComplaintView {
  readonly complaint: ComplaintView | null;
  /** Whether the viewer (the buyer) may report a problem now. */
  readonly mayFile: boolean;
  /** The last moment to report one (48 hours after delivery); null before delivery. */
  readonly fileBy: string | null;
  /** How a refund would go back: by transfer (so the form asks for an account) or in cash. */
  readonly refundMethod: RefundMethod;
}

/** The code the shop scans to pay a refund back, with what the banking app will show. */
export interface RefundQrView {
  readonly payload: string;
  readonly amount: Vnd;
  readonly bankName: string;
  readonly accountNumber: string;
  readonly holderName: string;
  readonly purpose: string;
}

/** How many complaints a list returns at most. */
const LIST_LIMIT = 100;
const HOUR_MS = 3_600_000;

function toView(complaint: Complaint, order: StoredOrder, actor: Actor | null): ComplaintView {
  const account = complaint.refundAccount;
  return {
    id: complaint.id,
    orderId: complaint.orderId,
    reference: orderReference(order),
    shopId: complaint.shopId,
    kind: complaint.kind,
    note: complaint.note,
    photos: complaint.photos,
    status: complaint.status,
    filedAt: complaint.filedAt.toISOString(),
    escalationDue: escalationDue(complaint).toISOString(),
    escalatedAt: complaint.escalatedAt?.toISOString() ?? null,
    refundAccount: account && {
      ...account,
      bankName: findBankByBin(account.bin)?.shortName ?? account.bin,
    },
    refundMethod: complaint.refundMethod ?? refundMethodFor(order),
    refundAmount: complaint.refundAmount,
    refundLimit: refundLimit(order, complaint.kind),
    answer: complaint.answer,
    answeredAt: complaint.answeredAt?.toISOString() ?? null,
    refundPaidAt: complaint.refundPaidAt?.toISOString() ?? null,
    actions: actor ? complaintActions(complaint, actor) : [],
  };
}

/**
 * Complaints about delivered orders and their refunds: the domain decides every step, this writes the complaint,
 * the order's history entry and (for what a household's seller or helper does) the household's audit log, in one
 * transaction. Someone who may not see the order is told it does not exist, as everywhere.
 */
export class ComplaintsService {
  constructor(
    private readonly deps: ServiceDeps,
    /** Where a complaint's photos are moved to be served once the buyer files it (not needed by the job). */
    private readonly photos: PhotoStore | null = null,
  ) {}

  private async visibleOrder(repos: Repositories, actor: Actor, orderId: string): Promise<StoredOrder> {
    const order = await loadOrder(repos, orderId);
    if (!mayViewOrder(order, actor)) throw new DomainError('order.not_found', { orderId }, ['orderId']);
    return order;
  }

  private async existing(repos: Repositories, orderId: string): Promise<Complaint> {
    const complaint = await repos.complaints.findByOrder(orderId);
    if (!complaint) throw new DomainError('complaint.not_found', {}, ['orderId']);
    return complaint;
  }

  /** Writes a decided step behind the complaint's state as read (`complaint.already_answered` if it moved). */
  private async commit(
    repos: Repositories,
    before: Complaint,
    step: ComplaintStep,
    actor: Actor,
    action: string,
  ): Promise<void> {
    const by = actor.kind === 'system' ? null : actor.userId;
    if (!(await repos.complaints.saveStep(before, step.complaint, by)))
      throw new DomainError('complaint.already_answered', {}, ['orderId']);
    await repos.orders.insertEvents([step.event]);
    if (actor.kind !== 'buyer' && actor.kind !== 'system')
      await recordAudit(repos, {
        actorUserId: actor.userId,
        householdId: before.shopId,
        action: `complaint.${action}`,
        details: { orderId: before.orderId, complaintId: before.id, ...step.event.details },
        at: step.event.at,
      });
  }

  /** The buyer reports a problem with their delivered order. */
  async file(actor: Actor, orderId: string, input: ComplaintInput): Promise<ComplaintView> {
    const parsed = parseInput(ComplaintInputSchema, input);
    return inTransaction(this.deps.db, async (repos) => {
      const order = await loadOrder(repos, orderId);
      if (actor.kind !== 'buyer' || order.buyerId !== actor.userId)
        throw new DomainError('order.not_found', { orderId }, ['orderId']);
      const step = fileComplaint(
        order,
        deliveredAt(await repos.orders.events(orderId)),
        await repos.complaints.findByOrder(orderId),
        actor,
        parsed,
        newId('cmp'),
        this.deps.clock.now(),
      );
      if (!(await repos.complaints.insert(step.complaint)))
        throw new DomainError('complaint.already_filed', {}, ['orderId']);
      await repos.orders.insertEvents([step.event]);
      // Last: once attached, a photo is served to the shop and the tech team. Every photo is checked before the
      // first is published, so a refused second photo leaves the first unserved.
      const to = `complaint:${step.complaint.id}`;
      for (const key of step.complaint.photos)
        attachBuyerPhoto(await repos.buyerPhotos.find(key), step.complaint.buyerId, to);
      for (const key of step.complaint.photos) {
        if (!this.photos) throw new Error('ComplaintsService.file needs the photo store');
        await attachBuyerPhotoIn(repos, this.photos, {
          key,
          buyerId: step.complaint.buyerId,
          to,
          at: step.complaint.filedAt,
        });
      }
      return toView(step.complaint, order, actor);
    });
  }

  /** The shop accepts with a refund of `amount` (at most the domain's `refundLimit`). */
  accept(actor: Actor, orderId: string, amount: Vnd): Promise<ComplaintView> {
    return this.step(actor, orderId, 'accept', (c, o, now) => acceptComplaint(c, o, actor, amount, now));
  }

  /** The shop declines, saying why. */
  decline(actor: Actor, orderId: string, reason: string): Promise<ComplaintView> {
    return this.step(actor, orderId, 'decline', (c, o, now) => declineComplaint(c, o, actor, reason, now));
  }

  /** The shop paid the refund back (sent the transfer, or handed the cash). */
  markRefundPaid(actor: Actor, orderId: string): Promise<ComplaintView> {
    return this.step(actor, orderId, 'refund_paid', (c, o, now) => markRefundPaid(c, o, actor, now));
  }

  private step(
    actor: Actor,
    orderId: string,
    action: string,
    decide: (complaint: Complaint, order: StoredOrder, now: Date) => ComplaintStep,
  ): Promise<ComplaintView> {
    return inTransaction(this.deps.db, async (repos) => {
      const order = await this.visibleOrder(repos, actor, orderId);
      const complaint = await this.existing(repos, orderId);
      const step = decide(complaint, order, this.deps.clock.now());
      await this.commit(repos, complaint, step, actor, action);
      return toView(step.complaint, order, actor);
    });
  }

  /** The refund's VietQR code, to the buyer's account, for the shop to scan in its banking app. */
  async refundQr(actor: Actor, orderId: string): Promise<RefundQrView> {
    const repos = repositoriesFor(this.deps.db);
    const order = await this.visibleOrder(repos, actor, orderId);
    const complaint = await this.existing(repos, orderId);
    const payload = refundVietQr(complaint, order);
    const account = complaint.refundAccount;
    return {
      payload,
      amount: complaint.refundAmount ?? 0,
      bankName: account ? (findBankByBin(account.bin)?.shortName ?? account.bin) : '',
      accountNumber: account?.accountNumber ?? '',
      holderName: account?.holderName ?? '',
      purpose: refundPurpose(order),
    };
  }

  /** The complaint of an order (null before one), and for its buyer whether one may be filed now and until when. */
  async ofOrder(actor: Actor, orderId: string): Promise<OrderComplaintView> {
    const repos = repositoriesFor(this.deps.db);
    const order = await this.visibleOrder(repos, actor, orderId);
    const complaint = await repos.complaints.findByOrder(orderId);
    const delivered = deliveredAt(await repos.orders.events(orderId));
    return {
      complaint: complaint && toView(complaint, order, actor),
      mayFile: mayFileComplaint(order, delivered, complaint, actor, this.deps.clock.now()),
      fileBy: delivered && complaintDeadline(delivered).toISOString(),
      refundMethod: refundMethodFor(order),
    };
  }

  private async listedViews(
    repos: Repositories,
    listed: readonly ListedComplaint[],
    actor: Actor | null,
  ): Promise<ListedComplaintView[]> {
    const orders = new Map(
      (await repos.orders.findByIds(listed.map((c) => c.orderId))).map((o) => [o.id, o]),
    );
    return listed.flatMap((complaint) => {
      const order = orders.get(complaint.orderId);
      if (!order) return [];
      return [
        {
          ...toView(complaint, order, actor),
          buyerName: complaint.buyerName,
          householdName: complaint.householdName,
          orderTotal: order.totals.total,
        },
      ];
    });
  }

  /** A shop's complaints, newest first: its seller's and helper's inbox list. */
  async forShop(actor: Actor, shopId: string): Promise<ListedComplaintView[]> {
    const repos = repositoriesFor(this.deps.db);
    return this.listedViews(repos, await repos.complaints.ofShop(shopId, LIST_LIMIT), actor);
  }

  /**
   * The escalated, still unsettled complaints of the helper's village: what the village's tech team must look at
   * (the household's own helper can act on one; the others see it to call the household).
   */
  async escalatedForHelper(user: SessionUser, actor: Actor): Promise<ListedComplaintView[]> {
    const repos = repositoriesFor(this.deps.db);
    const villageId = (await repos.users.findById(user.id))?.villageId ?? null;
    if (villageId === null) return [];
    return this.listedViews(repos, await repos.complaints.escalatedInVillage(villageId, LIST_LIMIT), actor);
  }

  /**
   * Hands to the tech team every complaint still unsettled 48 hours after filing, each in its own transaction
   * behind the complaint's state as read: safe to run from several processes at once. Returns how many this call
   * escalated.
   */
  async escalateDue(batch = 200): Promise<number> {
    const now = this.deps.clock.now();
    const filedBy = new Date(now.getTime() - COMPLAINT_ESCALATE_AFTER_HOURS * HOUR_MS);
    const due = await repositoriesFor(this.deps.db).complaints.toEscalate(filedBy, batch);
    let escalated = 0;
    for (const { id } of due) {
      try {
        const done = await inTransaction(this.deps.db, async (repos) => {
          const complaint = await repos.complaints.findById(id);
          const order = complaint && (await repos.orders.findById(complaint.orderId));
          const step = complaint && order ? escalateIfUnsettled(complaint, order, now) : null;
          if (!complaint || !step) return false;
          await this.commit(repos, complaint, step, SYSTEM_ACTOR, 'escalate');
          return true;
        });
        if (done) escalated += 1;
      } catch (error) {
        // The shop answered or paid meanwhile, or another process escalated it first.
        if (!isDomainError(error) || error.code !== 'complaint.already_answered') throw error;
      }
    }
    return escalated;
  }
}
