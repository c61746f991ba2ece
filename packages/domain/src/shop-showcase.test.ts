import { describe, expect, it } from 'vitest';
import { JULY, listing } from '../test/fixtures.ts';
import {
  contactLinks,
  listingPreview,
  onShopPage,
  PREVIEW_DESCRIPTION_MAX,
  shopPreview,
  shopProducts,
} from './shop-showcase.ts';

describe("a shop's page", () => {
  it('shows what is on sale in season or for pre-order, sold out included, and hides drafts, paused and over', () => {
    expect(onShopPage(listing(), JULY)).toBe(true);
    expect(onShopPage(listing({ stock: 0 }), JULY)).toBe(true);
    expect(onShopPage(listing({ status: 'draft' }), JULY)).toBe(false);
    expect(onShopPage(listing({ status: 'paused' }), JULY)).toBe(false);
    // Mandarins are picked from November: in July they are not yet open for pre-orders.
    expect(onShopPage(listing({ productId: 'golden-mandarin' }), JULY)).toBe(false);
    // Dragon fruit listed in June is over by the next spring.
    expect(onShopPage(listing(), new Date('2027-03-01T03:00:00Z'))).toBe(false);
  });

  it("lists the products of its published listings once each, in the catalog's order", () => {
    const products = shopProducts([
      listing({ productId: 'golden-mandarin' }),
      listing({ productId: 'dragon-fruit' }),
      listing({ productId: 'dragon-fruit', id: 'b' }),
      listing({ productId: 'grape', status: 'draft' }),
    ]);
    expect(products).toEqual(['dragon-fruit', 'golden-mandarin']);
  });

  it('calls the international number and opens Zalo on the local one', () => {
    expect(contactLinks('0912345678')).toEqual({
      call: 'tel:+84912345678',
      zalo: 'https://zalo.me/0912345678',
    });
  });
});

describe('link previews', () => {
  it("say a listing's price per unit, shop and village, then its description", () => {
    const preview = listingPreview(listing({ description: 'Quả to, ngọt.' }), {
      shopName: 'Nhà chị Lan',
      villageName: 'Rạ Lá',
    });
    expect(preview.title).toBe('Thanh long ruột đỏ Long Đống – 28.000\u00a0₫/kg');
    expect(preview.description).toBe(
      '28.000\u00a0₫/kg · Nhà chị Lan, thôn Rạ Lá, Bắc Sơn, Lạng Sơn. Quả to, ngọt.',
    );
  });

  it('cut a long description at a word, with an ellipsis, within the limit', () => {
    const long = 'ngọt '.repeat(100);
    const { description } = listingPreview(listing({ description: long }), {
      shopName: 'A',
      villageName: 'B',
    });
    expect(description.length).toBeLessThanOrEqual(PREVIEW_DESCRIPTION_MAX);
    expect(description).toMatch(/ngọt…$/);
  });

  it('say what a shop sells and where', () => {
    const preview = shopPreview({ name: 'Nhà chị Lan', villageName: 'An Ninh 1', description: '' }, [
      'dragon-fruit',
      'red-peanut',
    ]);
    expect(preview.title).toBe('Nhà chị Lan – thôn An Ninh 1');
    expect(preview.description).toMatch(
      /^Gian hàng thôn An Ninh 1, Bắc Sơn, Lạng Sơn: Thanh long ruột đỏ, Lạc đỏ Bắc Sơn\.$/,
    );
  });
});
