import { describe, expect, it } from 'vitest';
import { CHECKOUT_STORAGE_KEY, checkoutKey, forgetCheckoutKey, sendWithRetries } from './checkout-attempt.ts';

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

const body = { lines: [{ listingId: 'L1', quantity: 3000 }], paymentMethod: 'bank_transfer' };

describe('one idempotency key per checkout', () => {
  it('keeps the key for the same body (fields in any order) until the orders are placed', () => {
    const storage = memoryStorage();
    let n = 0;
    const newKey = () => `key-${++n}`;
    const first = checkoutKey(storage, body, newKey);
    expect(checkoutKey(storage, { paymentMethod: 'bank_transfer', lines: body.lines }, newKey)).toBe(first);
    forgetCheckoutKey(storage);
    expect(storage.map.has(CHECKOUT_STORAGE_KEY)).toBe(false);
    expect(checkoutKey(storage, body, newKey)).not.toBe(first);
  });

  it('makes a new key when what is ordered changes', () => {
    const storage = memoryStorage();
    const first = checkoutKey(storage, body);
    const second = checkoutKey(storage, { ...body, lines: [{ listingId: 'L1', quantity: 4000 }] });
    expect(second).not.toBe(first);
    expect(second).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('sending a checkout', () => {
  const noWait = async () => {};

  it('retries a dropped connection with the same call until the server answers', async () => {
    let calls = 0;
    const retries: number[] = [];
    const result = await sendWithRetries(
      async () => {
        calls += 1;
        if (calls < 3) throw new TypeError('Failed to fetch');
        return 'placed';
      },
      [1, 1, 1],
      noWait,
      (attempt) => retries.push(attempt),
    );
    expect(result).toBe('placed');
    expect(calls).toBe(3);
    expect(retries).toEqual([1, 2]);
  });

  it('does not retry what the server refused, and gives up after the last delay', async () => {
    let calls = 0;
    const refusal = {
      data: { domainCode: 'order.not_enough_stock', problems: [], text: { vi: 'x', en: 'x' } },
    };
    await expect(
      sendWithRetries(
        async () => {
          calls += 1;
          throw refusal;
        },
        [1, 1],
        noWait,
      ),
    ).rejects.toBe(refusal);
    expect(calls).toBe(1);

    calls = 0;
    await expect(
      sendWithRetries(
        async () => {
          calls += 1;
          throw new TypeError('Failed to fetch');
        },
        [1, 1],
        noWait,
      ),
    ).rejects.toThrow('Failed to fetch');
    expect(calls).toBe(3);
  });
});
