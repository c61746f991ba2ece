import { describe, expect, it } from 'vitest';
import { base32, createdIds, replacements, substitute } from './statement-replay.ts';

const BUYER = 'usr_01JD0000000000000000000001';
const LISTING = 'lst_01JD0000000000000000000002';
const SHOP = 'hh_01JD00000000000000000000003';
const ORDER = 'ord_01JD0000000000000000000004';
const AUDIT = 'aud_01JD0000000000000000000005';

describe('createdIds', () => {
  it('finds the ids an insert brings in, not the buyer, the listing or the shop a select read first', () => {
    const trace = [
      { sql: 'select * from listings where id = ?', parameters: [LISTING] },
      { sql: 'select village_id from shops where id in (?)', parameters: [SHOP] },
      { sql: 'update listings set stock = stock - ? where id = ?', parameters: [500, LISTING] },
      {
        sql: 'insert into orders (id, shop_id, buyer_id) values (?, ?, ?)',
        parameters: [ORDER, SHOP, BUYER],
      },
      {
        sql: 'insert into audit_log (id, details) values (?, ?)',
        parameters: [AUDIT, `{"orderId":"${ORDER}"}`],
      },
    ];
    expect([...createdIds(trace, [BUYER, LISTING])].sort()).toEqual([AUDIT, ORDER]);
  });
  it('leaves numbers, nulls and ordinary text alone', () => {
    const trace = [
      { sql: 'insert into notes values (?, ?, ?)', parameters: [12, null, 'Thanh long ruột đỏ'] },
    ];
    expect(createdIds(trace, []).size).toBe(0);
  });
});

describe('replacements', () => {
  it('keeps every value its length and makes different values for different suffixes', () => {
    const first = replacements([ORDER], base32(7, 12));
    const second = replacements([ORDER], base32(8, 12));
    expect(first.get(ORDER)).toHaveLength(ORDER.length);
    expect(first.get(ORDER)).not.toBe(second.get(ORDER));
    expect(first.get(ORDER)).toMatch(/^ord_[0-9A-HJKMNP-TV-Z]{26}$/);
  });
  it('gives 32 and more counters distinct tails (no letter folded into another)', () => {
    const tails = new Set(Array.from({ length: 2000 }, (_, i) => base32(i, 8)));
    expect(tails.size).toBe(2000);
  });
  it('swaps inside JSON text and leaves other parameters as they are', () => {
    const swaps = replacements([ORDER], base32(1, 12));
    expect(substitute(`{"orderId":"${ORDER}"}`, swaps)).toBe(`{"orderId":"${swaps.get(ORDER)}"}`);
    expect(substitute(500, swaps)).toBe(500);
  });
});
