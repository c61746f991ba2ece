import { describe, expect, it } from 'vitest';
import { waitingFor } from './household-waiting.ts';

describe('what is waiting for a household', () => {
  it('a household just registered lacks a shop and a payment account; a listing comes after the shop', () => {
    const items = waitingFor({ stage: 'registered', hasShop: false, newOrders: null, paymentAccounts: 0 });
    expect(items.map((i) => i.key)).toEqual(['helper.waiting.noShop', 'helper.waiting.noPayment']);
  });

  it('new orders come first, with their count; an open shop without listings says so', () => {
    const items = waitingFor({ stage: 'shop_open', hasShop: true, newOrders: 2, paymentAccounts: 1 });
    expect(items).toEqual([
      { key: 'helper.waiting.newOrders', count: 2 },
      { key: 'helper.waiting.noListing' },
    ]);
  });

  it('a selling household with nothing pending has nothing waiting; unknown figures add nothing', () => {
    expect(waitingFor({ stage: 'first_sale', hasShop: true, newOrders: 0, paymentAccounts: 1 })).toEqual([]);
    expect(
      waitingFor({ stage: 'first_sale', hasShop: true, newOrders: null, paymentAccounts: null }),
    ).toEqual([]);
  });
});
