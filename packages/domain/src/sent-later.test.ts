import { describe, expect, it } from 'vitest';
import { DomainError } from './errors.ts';
import {
  alreadyApplied,
  checkListingMadeAgainst,
  checkMadeAgainst,
  REQUEST_KEY_DETAIL,
  statusAfterWaiting,
} from './sent-later.ts';

describe('steps sent later', () => {
  it('know a step by the key it was sent with', () => {
    const events: { details: Record<string, string> }[] = [
      { details: {} },
      { details: { [REQUEST_KEY_DETAIL]: 'k-1' } },
    ];
    expect(alreadyApplied(events, 'k-1')).toBe(true);
    expect(alreadyApplied(events, 'k-2')).toBe(false);
  });

  it('are refused when the order moved on since, saying whether it was cancelled', () => {
    const order = { id: 'ord_abc12345', status: 'placed' as const, version: 3 };
    expect(() => checkMadeAgainst(order, 3)).not.toThrow();
    expect(() => checkMadeAgainst(order, undefined)).not.toThrow();
    const code = (o: typeof order | { id: string; status: 'cancelled'; version: number }) => {
      try {
        checkMadeAgainst(o, 2);
        return null;
      } catch (error) {
        return error instanceof DomainError ? error.code : 'other';
      }
    };
    expect(code(order)).toBe('order.changed_meanwhile');
    expect(code({ ...order, status: 'cancelled' })).toBe('order.cancelled_meanwhile');
  });

  it('refuse a listing step made against an older version or another status, naming the listing', () => {
    const listing = { title: 'Thanh long', version: 4, effectiveStatus: 'active' as const };
    expect(() => checkListingMadeAgainst(listing, { expectedVersion: 4 })).not.toThrow();
    expect(() => checkListingMadeAgainst(listing, {})).not.toThrow();
    expect(() => checkListingMadeAgainst(listing, { expectedStatus: 'active' })).not.toThrow();
    for (const made of [{ expectedVersion: 3 }, { expectedStatus: 'sold_out' as const }]) {
      expect(() => checkListingMadeAgainst(listing, made)).toThrow(
        expect.objectContaining({ code: 'listing.changed_meanwhile', params: { title: 'Thanh long' } }),
      );
    }
  });
});

describe('an order with steps waiting on the phone', () => {
  it('shows the status they lead to, in order; a step that does not apply changes nothing', () => {
    const unpaid = { status: 'placed' as const, payment: { status: 'unpaid' as const } };
    expect(statusAfterWaiting(unpaid, ['confirm', 'hand_over'])).toBe('handed_over');
    expect(statusAfterWaiting(unpaid, ['hand_over'])).toBe('placed');
    expect(statusAfterWaiting({ ...unpaid, status: 'handed_over' }, ['deliver'])).toBe('delivered');
  });
});
