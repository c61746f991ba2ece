import { describe, expect, it } from 'vitest';
import { getProduct, gramsOf, PRODUCT_IDS, PRODUCTS, ProductIdSchema } from './catalog.ts';

describe('catalog', () => {
  it('has exactly one product per id, each found by getProduct', () => {
    expect(PRODUCTS.map((p) => p.id)).toEqual([...PRODUCT_IDS]);
    for (const id of PRODUCT_IDS) expect(getProduct(id).id).toBe(id);
    expect(ProductIdSchema.safeParse('durian').success).toBe(false);
  });

  it.each(PRODUCTS.map((p) => [p.id, p] as const))('%s is a valid product', (_id, product) => {
    expect(product.name.vi.trim()).not.toBe('');
    expect(product.name.en.trim()).not.toBe('');
    expect(product.origin.vi.trim()).not.toBe('');
    for (const month of [product.harvest.start, product.harvest.end]) {
      expect(Number.isInteger(month) && month >= 1 && month <= 12).toBe(true);
    }
    expect(Number.isInteger(product.keepsDays) && product.keepsDays >= 0).toBe(true);
    expect(Number.isInteger(product.preOrderDays) && product.preOrderDays >= 0).toBe(true);
    const { min, max } = product.typicalPrice;
    expect(Number.isSafeInteger(min) && Number.isSafeInteger(max)).toBe(true);
    expect(min).toBeGreaterThan(0);
    expect(min).toBeLessThanOrEqual(max);
    // Counted goods need a nominal weight to count toward tonnes; weighed goods must not have one.
    if (product.unit === 'piece') {
      expect(Number.isInteger(product.nominalGrams) && (product.nominalGrams ?? 0) > 0).toBe(true);
    } else {
      expect(product.nominalGrams).toBeNull();
    }
  });

  it('carries the Long Đống figures: seasons and farm-gate prices', () => {
    const dragon = getProduct('dragon-fruit');
    expect(dragon.harvest).toEqual({ start: 5, end: 10 });
    expect(dragon.typicalPrice).toEqual({ min: 25_000, max: 30_000 });
    expect(dragon.unit).toBe('kg');
    expect(getProduct('grape').typicalPrice).toEqual({ min: 60_000, max: 90_000 });
    expect(getProduct('golden-mandarin').harvest).toEqual({ start: 11, end: 2 });
    expect(getProduct('black-banh-chung').unit).toBe('piece');
    expect(getProduct('red-peanut').keepsDays).toBeGreaterThan(getProduct('dragon-fruit').keepsDays * 10);
  });

  it('weighs counted goods at their nominal weight and weighed goods as they are', () => {
    const cake = getProduct('black-banh-chung');
    expect(gramsOf(cake, 3)).toBe(3 * (cake.nominalGrams ?? Number.NaN));
    expect(gramsOf(getProduct('dragon-fruit'), 2_500)).toBe(2_500);
  });
});
