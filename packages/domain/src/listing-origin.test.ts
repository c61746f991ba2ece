import { describe, expect, it } from 'vitest';
import { DomainError, parseInput } from './errors.ts';
import { OcopStarsSchema } from './listing-input.ts';
import { type ListingOrigin, originLabelPath, originPath, originPreview } from './listing-origin.ts';

const ORIGIN: ListingOrigin = {
  listingId: 'lst_01 A',
  productId: 'dragon-fruit',
  title: 'Thanh long ruột đỏ',
  shopId: 'hh_1',
  shopName: 'Vườn nhà Thắng',
  villageName: 'An Ninh 1',
  communeName: 'Bắc Sơn',
  harvest: { from: '2026-07-01', until: '2026-07-15' },
  ocopStars: 4,
};

describe('origin pages', () => {
  it('previews the product, the household, the place, the harvest and the OCOP stars', () => {
    expect(originPreview(ORIGIN)).toEqual({
      title: 'Nguồn gốc: Thanh long ruột đỏ – Vườn nhà Thắng',
      description: 'Thôn An Ninh 1, xã Bắc Sơn · Thu hoạch 01/07/2026 – 15/07/2026 · OCOP 4 sao.',
    });
    expect(
      originPreview({ ...ORIGIN, harvest: { from: '2026-07-01', until: '2026-07-01' }, ocopStars: null })
        .description,
    ).toBe('Thôn An Ninh 1, xã Bắc Sơn · Thu hoạch 01/07/2026.');
  });

  it('puts the page and its label under the buyer app, the id made safe for a path', () => {
    expect(originPath(ORIGIN.listingId)).toBe('/buyer/origin/lst_01%20A');
    expect(originLabelPath(ORIGIN.listingId)).toBe('/buyer/origin/lst_01%20A/label');
  });

  it('takes OCOP stars from 1 to 5, whole, and nothing else', () => {
    for (const stars of [1, 3, 5]) expect(parseInput(OcopStarsSchema, stars)).toBe(stars);
    for (const bad of [0, 6, 4.5, -1]) {
      expect(() => parseInput(OcopStarsSchema, bad)).toThrow(DomainError);
      try {
        parseInput(OcopStarsSchema, bad);
      } catch (error) {
        expect((error as DomainError).code).toBe('listing.invalid_ocop_stars');
      }
    }
  });
});
