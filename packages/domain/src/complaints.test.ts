import { describe, expect, it } from 'vitest';
import { BUYER, buyer, helperFor, JULY, placedOrder, SHOP_A, SHOP_B, sellerOf } from '../test/fixtures.ts';
import {
  acceptComplaint,
  type Complaint,
  ComplaintInputSchema,
  complaintActions,
  declineComplaint,
  escalateIfUnsettled,
  fileComplaint,
  markRefundPaid,
  mayFileComplaint,
  refundLimit,
  refundVietQr,
} from './complaints.ts';
import { type Order, orderReference } from './order.ts';
import { recordPayment } from './payments.ts';
import { parseVietQr } from './vietqr.ts';

const HOUR = 3_600_000;
const at = (hours: number) => new Date(JULY.getTime() + hours * HOUR);

/** A delivered order, paid (a transfer recorded, or cash at the door): 3 kg at 28.000 ₫ plus the zone's fee. */
function delivered(method: 'bank_transfer' | 'cash_on_delivery' = 'bank_transfer'): Order {
  const order = placedOrder(3_000, method);
  return {
    ...order,
    status: 'completed',
    payment: recordPayment(order.payment, order.totals.total, JULY),
  };
}

const account = { bin: '970405', accountNumber: '1234 5678 9012', holderName: 'Nguyễn Thị Lan' };
const damaged = ComplaintInputSchema.parse({
  kind: 'damaged',
  note: 'Ba quả bị dập',
  photos: ['ph_01M9167KZGGJP0AKAFBEJVDM59.webp'],
  refundAccount: account,
});

function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (error) {
    return (error as { code: string }).code;
  }
  return 'no error';
}

function problemsOf(input: unknown): string[] {
  const result = ComplaintInputSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => String(i.path.join('.')));
}

describe('filing a complaint', () => {
  it('the buyer reports a problem within 48 hours of delivery, with the account to refund to', () => {
    const order = delivered();
    const { complaint, event } = fileComplaint(order, JULY, null, buyer(), damaged, 'cmp-1', at(47));
    expect(complaint).toMatchObject({
      id: 'cmp-1',
      orderId: order.id,
      shopId: SHOP_A,
      buyerId: BUYER,
      kind: 'damaged',
      status: 'open',
      photos: ['ph_01M9167KZGGJP0AKAFBEJVDM59.webp'],
      refundAccount: { bin: '970405', accountNumber: '123456789012', holderName: 'NGUYEN THI LAN' },
      escalatedAt: null,
    });
    expect(event).toMatchObject({
      kind: 'complaint_filed',
      from: 'completed',
      to: 'completed',
      actor: { kind: 'buyer', userId: BUYER },
      details: { complaintId: 'cmp-1', complaintKind: 'damaged', photos: 1 },
    });
    expect(fileComplaint(order, JULY, null, buyer(), damaged, 'c', at(48)).complaint.status).toBe('open');
  });

  it('not after 48 hours, not before delivery, not by anyone else, once', () => {
    const order = delivered();
    expect(codeOf(() => fileComplaint(order, JULY, null, buyer(), damaged, 'c', at(49)))).toBe(
      'complaint.too_late',
    );
    expect(
      codeOf(() => fileComplaint(order, JULY, null, buyer(), damaged, 'c', new Date(at(48).getTime() + 1))),
    ).toBe('complaint.too_late');
    for (const status of ['placed', 'confirmed', 'handed_over', 'cancelled', 'delivery_failed'] as const)
      expect(
        codeOf(() => fileComplaint({ ...order, status }, null, null, buyer(), damaged, 'c', at(1))),
      ).toBe('complaint.not_delivered');
    expect(codeOf(() => fileComplaint(order, JULY, null, buyer('other'), damaged, 'c', at(1)))).toBe(
      'complaint.forbidden',
    );
    expect(codeOf(() => fileComplaint(order, JULY, null, sellerOf(SHOP_A), damaged, 'c', at(1)))).toBe(
      'complaint.forbidden',
    );
    const first = fileComplaint(order, JULY, null, buyer(), damaged, 'c', at(1)).complaint;
    expect(codeOf(() => fileComplaint(order, JULY, first, buyer(), damaged, 'd', at(2)))).toBe(
      'complaint.already_filed',
    );
    expect(mayFileComplaint(order, JULY, null, buyer(), at(47))).toBe(true);
    expect(mayFileComplaint(order, JULY, null, buyer(), at(49))).toBe(false);
    expect(mayFileComplaint(order, JULY, first, buyer(), at(2))).toBe(false);
  });

  it('a photo for damaged or wrong products, what was weighed for short weight, a known bank', () => {
    expect(problemsOf({ kind: 'damaged' })).toEqual(['photos']);
    expect(problemsOf({ kind: 'wrong_product', note: 'Giao lạc thay vì nho' })).toEqual(['photos']);
    expect(problemsOf({ kind: 'short_weight' })).toEqual(['note']);
    expect(problemsOf({ kind: 'short_weight', note: 'Cân được 2,6 kg' })).toEqual([]);
    expect(problemsOf({ kind: 'damaged', photos: ['<script>'] })).toEqual(['photos.0']);
    const key = (n: number) => `ph_01M9167KZGGJP0AKAFBEJVDM5${n}.jpg`;
    expect(problemsOf({ kind: 'damaged', photos: [1, 2, 3, 4].map(key) })).toEqual(['photos']);
    expect(problemsOf({ kind: 'damaged', photos: [key(1), key(1)] })).toEqual(['photos']);
    expect(problemsOf({ kind: 'damaged', photos: ['https://example.com/a.jpg'] })).toEqual(['photos.0']);
    expect(problemsOf({ ...damaged, refundAccount: { ...account, bin: '999999' } })).toEqual([
      'refundAccount.bin',
    ]);
    expect(problemsOf({ ...damaged, refundAccount: { ...account, accountNumber: '12' } })).toEqual([
      'refundAccount.accountNumber',
    ]);
  });

  it('a transfer order needs the account to refund to; a cash order does not keep one', () => {
    const { refundAccount: _, ...noAccount } = damaged;
    expect(codeOf(() => fileComplaint(delivered(), JULY, null, buyer(), noAccount, 'c', at(1)))).toBe(
      'complaint.refund_account_required',
    );
    const cash = fileComplaint(delivered('cash_on_delivery'), JULY, null, buyer(), damaged, 'c', at(1));
    expect(cash.complaint.refundAccount).toBeNull();
  });
});

describe('answering a complaint', () => {
  const order = delivered();
  const open: Complaint = fileComplaint(order, JULY, null, buyer(), damaged, 'cmp-1', at(2)).complaint;

  it('refunds at most the goods paid for; a wrong product may refund the delivery fee too', () => {
    expect(order.totals.deliveryFee).toBeGreaterThan(0);
    expect(refundLimit(order, 'damaged')).toBe(order.totals.subtotal);
    expect(refundLimit(order, 'short_weight')).toBe(order.totals.subtotal);
    expect(refundLimit(order, 'wrong_product')).toBe(order.totals.total);
    const partlyPaid = { ...order, payment: { ...order.payment, paidAmount: 50_000 } };
    expect(refundLimit(partlyPaid, 'wrong_product')).toBe(50_000);
    const unpaid = placedOrder(3_000, 'bank_transfer');
    expect(refundLimit(unpaid, 'damaged')).toBe(0);
  });

  it('the shop (its seller or helper) accepts a partial refund in whole đồng, up to the limit', () => {
    const { complaint, event } = acceptComplaint(open, order, helperFor(SHOP_A), 30_000, at(3));
    expect(complaint).toMatchObject({
      status: 'refund_due',
      refundAmount: 30_000,
      refundMethod: 'bank_transfer',
    });
    expect(event).toMatchObject({
      kind: 'complaint_accepted',
      actor: { kind: 'helper', actingForHouseholdId: SHOP_A },
      details: { amount: 30_000, refundMethod: 'bank_transfer' },
    });
    const max = order.totals.subtotal;
    expect(acceptComplaint(open, order, sellerOf(SHOP_A), max, at(3)).complaint.refundAmount).toBe(max);
    expect(codeOf(() => acceptComplaint(open, order, sellerOf(SHOP_A), max + 1, at(3)))).toBe(
      'complaint.refund_too_much',
    );
    expect(codeOf(() => acceptComplaint(open, order, sellerOf(SHOP_A), 0, at(3)))).toBe('money.not_positive');
    expect(codeOf(() => acceptComplaint(open, order, sellerOf(SHOP_A), 1_000.5, at(3)))).toBe(
      'money.not_positive',
    );
    expect(codeOf(() => acceptComplaint(open, order, sellerOf(SHOP_B), 1_000, at(3)))).toBe(
      'complaint.forbidden',
    );
    expect(codeOf(() => acceptComplaint(open, order, buyer(), 1_000, at(3)))).toBe('complaint.forbidden');
    expect(codeOf(() => acceptComplaint(complaint, order, sellerOf(SHOP_A), 1_000, at(4)))).toBe(
      'complaint.already_answered',
    );
  });

  it('or declines with a reason, once', () => {
    const { complaint, event } = declineComplaint(
      open,
      order,
      sellerOf(SHOP_A),
      'Ảnh không phải hàng của vườn',
      at(3),
    );
    expect(complaint).toMatchObject({ status: 'declined', answer: 'Ảnh không phải hàng của vườn' });
    expect(event).toMatchObject({
      kind: 'complaint_declined',
      details: { reason: 'Ảnh không phải hàng của vườn' },
    });
    expect(codeOf(() => declineComplaint(complaint, order, sellerOf(SHOP_A), 'Lần nữa', at(4)))).toBe(
      'complaint.already_answered',
    );
    expect(codeOf(() => acceptComplaint(complaint, order, sellerOf(SHOP_A), 1_000, at(4)))).toBe(
      'complaint.already_answered',
    );
  });

  it('the refund code pays the buyer back: their account, the amount, the order in the purpose', () => {
    const accepted = acceptComplaint(open, order, sellerOf(SHOP_A), 30_000, at(3)).complaint;
    const qr = parseVietQr(refundVietQr(accepted, order));
    expect(qr).toMatchObject({
      initiation: 'dynamic',
      bin: '970405',
      accountNumber: '123456789012',
      amount: 30_000,
    });
    expect(qr.purpose).toBe(`HOAN TIEN ${orderReference(order)}`);
    expect(codeOf(() => refundVietQr(open, order))).toBe('complaint.no_refund_due');
    const cashOrder = delivered('cash_on_delivery');
    const cash = fileComplaint(cashOrder, JULY, null, buyer(), damaged, 'c', at(1)).complaint;
    const cashAccepted = acceptComplaint(cash, cashOrder, sellerOf(SHOP_A), 20_000, at(2)).complaint;
    expect(cashAccepted.refundMethod).toBe('cash');
    expect(codeOf(() => refundVietQr(cashAccepted, cashOrder))).toBe('complaint.no_transfer_refund');
  });

  it('the shop marks the refund paid, once', () => {
    const accepted = acceptComplaint(open, order, sellerOf(SHOP_A), 30_000, at(3)).complaint;
    expect(complaintActions(accepted, sellerOf(SHOP_A))).toEqual(['mark_refund_paid']);
    const { complaint, event } = markRefundPaid(accepted, order, sellerOf(SHOP_A), at(5));
    expect(complaint).toMatchObject({ status: 'refunded', refundPaidAt: at(5) });
    expect(event).toMatchObject({ kind: 'refund_paid', details: { amount: 30_000 } });
    expect(codeOf(() => markRefundPaid(complaint, order, sellerOf(SHOP_A), at(6)))).toBe(
      'complaint.no_refund_due',
    );
    expect(codeOf(() => markRefundPaid(open, order, sellerOf(SHOP_A), at(6)))).toBe(
      'complaint.no_refund_due',
    );
    expect(complaintActions(open, sellerOf(SHOP_A))).toEqual(['accept', 'decline']);
    expect(complaintActions(open, buyer())).toEqual([]);
    expect(complaintActions(complaint, sellerOf(SHOP_A))).toEqual([]);
  });
});

describe('escalating to the tech team', () => {
  const order = delivered();
  const open = fileComplaint(order, JULY, null, buyer(), damaged, 'cmp-1', JULY).complaint;

  it('an unsettled complaint goes to the tech team 48 hours after filing, once, by the system', () => {
    expect(escalateIfUnsettled(open, order, at(47))).toBeNull();
    const step = escalateIfUnsettled(open, order, at(48));
    expect(step?.complaint.escalatedAt).toEqual(at(48));
    expect(step?.event).toMatchObject({
      kind: 'complaint_escalated',
      actor: { kind: 'system', userId: null },
    });
    if (!step) throw new Error('not escalated');
    expect(escalateIfUnsettled(step.complaint, order, at(60))).toBeNull();
    const owed = acceptComplaint(open, order, sellerOf(SHOP_A), 10_000, at(1)).complaint;
    expect(escalateIfUnsettled(owed, order, at(49))?.event.details).toMatchObject({
      complaintStatus: 'refund_due',
    });
  });

  it('a settled one stays with the shop', () => {
    const declined = declineComplaint(open, order, sellerOf(SHOP_A), 'Không đúng', at(1)).complaint;
    expect(escalateIfUnsettled(declined, order, at(49))).toBeNull();
    const owed = acceptComplaint(open, order, sellerOf(SHOP_A), 10_000, at(1)).complaint;
    const paid = markRefundPaid(owed, order, sellerOf(SHOP_A), at(2)).complaint;
    expect(escalateIfUnsettled(paid, order, at(49))).toBeNull();
  });
});
