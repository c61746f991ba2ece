/**
 * `@nongsan/domain/orders`: carts, placing orders, their state machine, totals, stock, weights and payments.
 *
 * @module @nongsan/domain/orders
 */
export * from '../bank-transfers.ts';
export * from '../buyer-photos.ts';
export * from '../cart.ts';
export * from '../checkout-preview.ts';
export * from '../complaints.ts';
export * from '../delivery-fees.ts';
export * from '../line-adjustments.ts';
export * from '../order.ts';
export * from '../order-access.ts';
export * from '../order-alerts.ts';
export * from '../order-line-check.ts';
export * from '../order-placement.ts';
export * from '../order-state.ts';
export * from '../order-totals.ts';
export * from '../payment-choice.ts';
export * from '../payments.ts';
export * from '../reviews.ts';
export * from '../sent-later.ts';
export * from '../stable-json.ts';
export * from '../stock.ts';
export * from '../vietqr-order.ts';
export * from '../weight-adjustment.ts';
