import { MAX_CART_LINES } from '@nongsan/domain';
import { describe, expect, it } from 'vitest';
import { type CartItem, readCart, withItem, withQuantity } from './cart-store.ts';
import { lineIssue, previewCart } from './shop-orders.ts';

const shopOrders = (items: readonly CartItem[], commune: string) => previewCart(items, commune).orders;

function item(overrides: Partial<CartItem>): CartItem {
  return {
    listingId: 'L1',
    shopId: 'shop-a',
    shopName: 'Vườn nhà Thắng',
    villageId: 'long-dong:ra-la',
    villageName: 'Rạ Lá',
    productId: 'dragon-fruit',
    title: 'Thanh long ruột đỏ',
    unit: 'kg',
    unitPrice: 28_000,
    minOrder: 1_000,
    perBuyerCap: null,
    stock: 50_000,
    preOrder: false,
    quantity: 3_000,
    ...overrides,
  };
}

const BAC_SON = '06325';
const THAT_KHE = '06040';

describe('the cart as one order per shop', () => {
  const dragon = item({});
  const cakes = item({
    listingId: 'L2',
    shopId: 'shop-b',
    shopName: 'Bánh chưng nhà Lụa',
    villageId: 'long-dong:an-ninh-1',
    productId: 'black-banh-chung',
    unit: 'piece',
    unitPrice: 60_000,
    minOrder: 1,
    quantity: 2,
  });
  const peanuts = item({ listingId: 'L3', productId: 'red-peanut', unitPrice: 45_000, quantity: 2_500 });

  it('groups lines by shop in the order shops first appear, each priced for delivery', () => {
    const { orders, totals } = previewCart([dragon, cakes, peanuts], BAC_SON);
    expect(orders.map((o) => [o.shopId, o.items.map((i) => i.listingId)])).toEqual([
      ['shop-a', ['L1', 'L3']],
      ['shop-b', ['L2']],
    ]);
    // 3 kg × 28.000 + 2,5 kg × 45.000 = 84.000 + 112.500; inside Bắc Sơn the post costs 15.000.
    expect(orders[0]?.totals).toEqual({ subtotal: 196_500, deliveryFee: 15_000, total: 211_500 });
    expect(orders[1]?.totals).toEqual({ subtotal: 120_000, deliveryFee: 15_000, total: 135_000 });
    expect(totals).toEqual({ subtotal: 316_500, deliveryFee: 30_000, total: 346_500 });
  });

  it('delivers free inside Bắc Sơn from 300.000 ₫ of goods, and charges more further away', () => {
    const big = item({ quantity: 11_000 }); // 308.000 ₫
    expect(shopOrders([big], BAC_SON)[0]?.totals.deliveryFee).toBe(0);
    expect(shopOrders([big], THAT_KHE)[0]).toMatchObject({
      zone: 'province',
      totals: { deliveryFee: 25_000 },
    });
    // A shop whose village is not known here is priced as far away: never less than the server charges.
    expect(shopOrders([item({ villageId: null })], BAC_SON)[0]?.zone).toBe('elsewhere');
  });

  it('zones a shop in a village only the server knows by the commune the server sent with its listing', () => {
    // A village an official added in Thất Khê: the domain's place data does not name it, the villages table does.
    const added = item({ villageId: 'that-khe:thon-moi', villageName: 'Thôn Mới', communeCode: THAT_KHE });
    expect(shopOrders([added], THAT_KHE)[0]).toMatchObject({
      zone: 'local',
      totals: { deliveryFee: 15_000 },
    });
    expect(shopOrders([added], BAC_SON)[0]).toMatchObject({
      zone: 'province',
      totals: { deliveryFee: 25_000 },
    });
    // A cart saved before the server sent the commune still finds a known village's in the place data.
    expect(shopOrders([item({ communeCode: undefined })], BAC_SON)[0]?.zone).toBe('local');
  });

  it('explains a quantity the server would refuse: minimum first, then the per-buyer limit, then stock', () => {
    expect(lineIssue(item({ quantity: 500 }))).toEqual({ kind: 'below-minimum', limit: 1_000 });
    expect(lineIssue(item({ quantity: 6_000, perBuyerCap: 5_000 }))).toEqual({
      kind: 'over-cap',
      limit: 5_000,
    });
    expect(lineIssue(item({ quantity: 60_000 }))).toEqual({ kind: 'over-stock', limit: 50_000 });
    expect(lineIssue(item({}))).toBeNull();
  });
});

describe('the stored cart', () => {
  it('adds to a listing already in the cart, and drops a line set to zero', () => {
    const cart = withItem(withItem([], item({})), item({ quantity: 2_000 }));
    expect(cart).toHaveLength(1);
    expect(cart[0]?.quantity).toBe(5_000);
    expect(withQuantity(cart, 'L1', 0)).toEqual([]);
  });

  it("keeps the fresher facts of a listing added again, and refuses a line more than the domain's MAX_CART_LINES", () => {
    const again = withItem([item({})], item({ quantity: 1_000, unitPrice: 30_000, stock: 9_000 }));
    expect(again).toEqual([item({ quantity: 4_000, unitPrice: 30_000, stock: 9_000 })]);
    const full = Array.from({ length: MAX_CART_LINES }, (_, i) => item({ listingId: `L${i}` }));
    expect(() => withItem(full, item({ listingId: 'one-more' }))).toThrow(
      expect.objectContaining({ code: 'cart.too_many_lines', params: { maximum: MAX_CART_LINES } }),
    );
    expect(withItem(full, item({ listingId: 'L0', quantity: 1_000 }))[0]?.quantity).toBe(4_000);
    expect(withQuantity(full, 'not-in-cart', 1_000)).toEqual(full);
  });

  it('reads anything unreadable as an empty cart', () => {
    const storage = (value: string | null) => ({
      getItem: () => value,
      setItem: () => {},
      removeItem: () => {},
    });
    expect(readCart(storage('not json'))).toEqual([]);
    expect(readCart(storage('{"lines":[]}'))).toEqual([]);
    expect(readCart(storage(JSON.stringify([item({}), { listingId: 'x', quantity: 1.5 }])))).toHaveLength(1);
  });
});
