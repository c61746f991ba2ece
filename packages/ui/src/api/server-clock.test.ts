import { describe, expect, it } from 'vitest';
import { clockOffset, serverTimeOf } from './server-clock.ts';

describe("the server's clock on the phone", () => {
  it('is the server time of an answer less the phone time it arrived', () => {
    // The phone is two days fast: a fresh order's deadline must not look overdue.
    const server = '2026-09-15T02:00:00.000Z';
    const phone = Date.parse('2026-09-17T02:00:00.000Z');
    expect(clockOffset(server, phone)).toBe(-2 * 24 * 60 * 60 * 1000);
    expect(clockOffset(server, Date.parse(server))).toBe(0);
  });

  it('ignores an answer whose time cannot be read', () => {
    expect(clockOffset('not a time', Date.now())).toBeNull();
  });

  it("reads the server's time from an answer, or from the first page of one read a page at a time", () => {
    const serverTime = '2026-09-15T02:00:00.000Z';
    expect(serverTimeOf({ serverTime, orders: [] })).toBe(serverTime);
    expect(
      serverTimeOf({ pages: [{ serverTime, orders: [] }, { orders: [] }], pageParams: [null, 'c1'] }),
    ).toBe(serverTime);
    expect(serverTimeOf({ pages: [] })).toBeUndefined();
    expect(serverTimeOf(undefined)).toBeUndefined();
  });
});
