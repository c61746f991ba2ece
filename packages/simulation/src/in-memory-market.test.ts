import type { Actor } from '@nongsan/domain';
import { describe, expect, it } from 'vitest';
import { InMemoryMarket } from './in-memory-market.ts';

const shopId = 'long-dong/an-ninh-1/h-1';
const seller: Actor = { kind: 'seller', userId: `${shopId}/u1`, householdId: shopId };
// 15 September 2021, dragon fruit in season.
const now = new Date('2021-09-15T08:00:00+07:00');

function marketWithListing(stock: number) {
  const market = new InMemoryMarket({ areaOf: () => 'long-dong' });
  market.openShop({ householdId: shopId, name: 'Nông sản An Ninh 1', actor: seller, now });
  const listing = market.createListing(
    { productId: 'dragon-fruit', title: 'Thanh long An Ninh 1', unitPrice: 20_000, stock, minOrder: 1_000 },
    { shopId, actor: seller, now },
  );
  return { market, listing };
}

describe('InMemoryMarket', () => {
  it('adds a flush to what is left, or keeps of what is left only what still keeps', () => {
    const { market, listing } = marketWithListing(30_000);
    expect(market.addStock(listing.id, 20_000, seller, now).stock).toBe(50_000);
    expect(market.addStock(listing.id, 20_000, seller, now, 10_000).stock).toBe(30_000);
    expect(market.addStock(listing.id, 4_000, seller, now, 0).stock).toBe(4_000);
  });

  it('offers the listing as it stands after each change', () => {
    const { market, listing } = marketWithListing(30_000);
    const before = market.findListings('dragon-fruit', 'long-dong', now);
    expect(before.map((o) => o.listing.stock)).toEqual([30_000]);
    // Asked again the same day with nothing changed: the same answer.
    expect(market.findListings('dragon-fruit', 'long-dong', now)).toBe(before);
    market.addStock(listing.id, 0, seller, now, 0);
    expect(market.findListings('dragon-fruit', 'long-dong', now)).toEqual([]);
    market.addStock(listing.id, 5_000, seller, now);
    expect(market.findListings('dragon-fruit', 'long-dong', now).map((o) => o.listing.stock)).toEqual([
      5_000,
    ]);
    expect(market.findListings('grape', 'long-dong', now)).toEqual([]);
    expect(market.findListings('dragon-fruit', 'elsewhere', now)).toEqual([]);
  });

  it('stops offering a listing the day after its season, without being told', () => {
    const { market } = marketWithListing(30_000);
    const later = new Date('2022-06-01T08:00:00+07:00');
    expect(market.findListings('dragon-fruit', 'long-dong', now)).toHaveLength(1);
    expect(market.findListings('dragon-fruit', 'long-dong', later)).toEqual([]);
  });
});
