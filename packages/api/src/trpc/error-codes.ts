import type { TRPC_ERROR_CODE_KEY } from '@trpc/server';

/**
 * Which tRPC (HTTP) code a domain error code becomes: the one table, read top to bottom, first match wins. A
 * pattern is an exact code (`auth.too_many_attempts`), `*.reason` (any area) or `area.*` (any reason). Anything
 * not listed is the caller's mistake: BAD_REQUEST.
 */
export const DOMAIN_CODE_TO_TRPC: readonly (readonly [pattern: string, trpc: TRPC_ERROR_CODE_KEY])[] = [
  ['auth.unauthenticated', 'UNAUTHORIZED'],
  ['auth.invalid_credentials', 'UNAUTHORIZED'],
  ['auth.no_password', 'UNAUTHORIZED'],
  ['auth.account_disabled', 'FORBIDDEN'],
  ['auth.too_many_attempts', 'TOO_MANY_REQUESTS'],
  ['*.forbidden', 'FORBIDDEN'],
  ['*.not_found', 'NOT_FOUND'],
  ['order.listing_not_found', 'NOT_FOUND'],
  ['order.line_not_found', 'NOT_FOUND'],
  ['places.unknown_village', 'NOT_FOUND'],
  ['bank.transfer_not_found', 'NOT_FOUND'],
  ['bank.account_not_found', 'NOT_FOUND'],
  ['review.not_delivered', 'CONFLICT'],
  ['review.already_reviewed', 'CONFLICT'],
  ['review.already_answered', 'CONFLICT'],
  ['review.already_hidden', 'CONFLICT'],
  ['photo.already_used', 'CONFLICT'],
  ['complaint.not_delivered', 'CONFLICT'],
  ['complaint.too_late', 'CONFLICT'],
  ['complaint.already_filed', 'CONFLICT'],
  ['complaint.already_answered', 'CONFLICT'],
  ['complaint.nothing_paid', 'CONFLICT'],
  ['complaint.no_refund_due', 'CONFLICT'],
  ['complaint.no_transfer_refund', 'CONFLICT'],
  // The request was fine but the state it met was not: someone else took the stock, the record changed or
  // exists already, the step does not apply to the order's status any more.
  ['order.not_enough_stock', 'CONFLICT'],
  ['listing.no_stock', 'CONFLICT'],
  ['listing.sold_out', 'CONFLICT'],
  ['*.stale', 'CONFLICT'],
  ['order.cancelled_meanwhile', 'CONFLICT'],
  ['order.changed_meanwhile', 'CONFLICT'],
  ['listing.changed_meanwhile', 'CONFLICT'],
  ['listing.stock_moved_meanwhile', 'CONFLICT'],
  ['*.illegal_transition', 'CONFLICT'],
  ['*.illegal_status_change', 'CONFLICT'],
  ['*.already_paid', 'CONFLICT'],
  ['*.shop_exists', 'CONFLICT'],
  ['*.phone_taken', 'CONFLICT'],
  ['*.household_has_helper', 'CONFLICT'],
  ['household.duplicate_payment_account', 'CONFLICT'],
  ['*.not_expired_yet', 'CONFLICT'],
  ['*.adjust_too_late', 'CONFLICT'],
  ['payment.nothing_due', 'CONFLICT'],
  // The same idempotency key sent again with another body (orders.place).
  ['order.idempotency_conflict', 'CONFLICT'],
  ['payment.no_bank_account', 'CONFLICT'],
  ['bank.already_settled', 'CONFLICT'],
  ['bank.nothing_to_settle', 'CONFLICT'],
];

function matches(pattern: string, code: string): boolean {
  if (pattern.startsWith('*.')) return code.slice(code.indexOf('.')) === pattern.slice(1);
  if (pattern.endsWith('.*')) return code.startsWith(pattern.slice(0, -1));
  return pattern === code;
}

/** The tRPC code for a domain error code (see `DOMAIN_CODE_TO_TRPC`). */
export function trpcCodeFor(code: string): TRPC_ERROR_CODE_KEY {
  for (const [pattern, trpc] of DOMAIN_CODE_TO_TRPC) if (matches(pattern, code)) return trpc;
  return 'BAD_REQUEST';
}
