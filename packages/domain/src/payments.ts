import * as z from 'zod';
import { DomainError } from './errors.ts';
import type { Vnd } from './money.ts';

/**
 * How a buyer pays: cash to the post on delivery (common in the countryside), an e-wallet (Viettel Money, MoMo…),
 * or a bank transfer by VietQR to the seller's own account. Money never passes through the marketplace: the
 * seller (or their helper) records it as received, and cash is recorded when the parcel is delivered.
 */
export const PaymentMethodSchema = z.enum(['cash_on_delivery', 'e_wallet', 'bank_transfer']);
/** How a buyer pays (see `PaymentMethodSchema`). */
export type PaymentMethod = z.infer<typeof PaymentMethodSchema>;

/** A payment status, parsed: `unpaid` or `paid`. */
export const PaymentStatusSchema = z.enum(['unpaid', 'paid']);
/** Whether the seller has received the money. */
export type PaymentStatus = z.infer<typeof PaymentStatusSchema>;

/** An order's payment: how, and whether (and how much, and when) the seller received it. */
export interface Payment {
  readonly method: PaymentMethod;
  readonly status: PaymentStatus;
  /** What the seller received; null while unpaid. May differ from the total (see `paymentBalance`). */
  readonly paidAmount: Vnd | null;
  readonly paidAt: Date | null;
}

/** A payment not received yet. */
export function unpaid(method: PaymentMethod): Payment {
  return { method, status: 'unpaid', paidAmount: null, paidAt: null };
}

/** Whether the seller has received the money (of a payment, or of an order). */
export function isPaid(subject: Payment | { readonly payment: Payment }): boolean {
  const payment = 'payment' in subject ? subject.payment : subject;
  return payment.status === 'paid';
}

/**
 * The payment recorded as received: `amount` whole đồng, more than zero, at `now`. Recording twice is refused
 * (`payment.already_paid`): a correction is a refund or a top-up between buyer and seller, shown by the balance.
 */
export function recordPayment(payment: Payment, amount: Vnd, now: Date): Payment {
  if (payment.status === 'paid') throw new DomainError('payment.already_paid', {}, ['payment']);
  if (!Number.isSafeInteger(amount) || amount <= 0)
    throw new DomainError('money.not_positive', { amount }, ['amount']);
  return { ...payment, status: 'paid', paidAmount: amount, paidAt: now };
}
