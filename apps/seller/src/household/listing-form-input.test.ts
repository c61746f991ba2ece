import { describe, expect, it } from 'vitest';
import { type ListingFormText, listingInputFrom, parseNumber } from './listing-form-input.ts';

const typed = (overrides: Partial<ListingFormText>): ListingFormText => ({
  productId: 'red-peanut',
  title: 'Lạc đỏ phơi khô',
  description: '',
  price: '45.000',
  stock: '1.500',
  minOrder: '1,5',
  harvestFrom: '',
  harvestUntil: '',
  ocopStars: '',
  confirmPrice: false,
  ...overrides,
});

describe("the listing form's input", () => {
  it('reads quantities as a Vietnamese seller means them, and the price without its dots', () => {
    const { input, typedNow } = listingInputFrom(typed({}), ['p1'], 'kg', 'vi');
    expect(input).toMatchObject({ unitPrice: 45_000, stock: 1_500_000, minOrder: 1_500, photos: ['p1'] });
    expect(input.ocopStars).toBeNull();
    expect(listingInputFrom(typed({ ocopStars: '4' }), [], 'kg', 'vi').input.ocopStars).toBe(4);
    expect(input.harvest).toBeNull();
    expect(typedNow).toEqual({});
  });

  it('sends a box that is not a quantity as missing, and says beside it why', () => {
    const { input, typedNow } = listingInputFrom(typed({ stock: 'abc', minOrder: '0' }), [], 'kg', 'en');
    expect(input.stock).toBeUndefined();
    expect(input.minOrder).toBeUndefined();
    expect(Object.keys(typedNow)).toEqual(['stock', 'minOrder']);
    // A stock may be zero (sold out for now); a minimum may not.
    expect(listingInputFrom(typed({ stock: '0' }), [], 'kg', 'vi').input.stock).toBe(0);
  });

  it('takes one harvest date as a one-day window, and leaves an empty price out', () => {
    const { input } = listingInputFrom(typed({ harvestFrom: '2026-10-01', price: ' ' }), [], 'kg', 'vi');
    expect(input.harvest).toEqual({ from: '2026-10-01', until: '2026-10-01' });
    expect(input.unitPrice).toBeUndefined();
    expect(parseNumber('28 000')).toBe(28_000);
  });
});
