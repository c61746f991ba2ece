import { DIALECTS } from '@nongsan/db/testing';
import { describe, expect, it } from 'vitest';
import { failure } from '../failure.ts';
import { useTestServer } from '../harness.ts';

for (const dialect of DIALECTS) {
  describe(`a listing's origin (${dialect})`, () => {
    const server = useTestServer(dialect);

    it('tells anyone where the produce comes from: the household, village, commune, harvest and OCOP stars', async () => {
      const s = server.current;
      const seller = await s.registerHousehold({ name: 'Hoàng Văn Thắng' });
      await seller.client.shop.open.mutate({ name: 'Vườn nhà Thắng' });
      const listing = {
        productId: 'dragon-fruit' as const,
        title: 'Thanh long ruột đỏ',
        unitPrice: 28_000,
        stock: 40_000,
        minOrder: 1_000,
        harvest: { from: '2025-07-01', until: '2025-07-10' },
        ocopStars: 4,
      };
      const created = await seller.client.listings.create.mutate({ listing, publish: true });
      expect(created.ocopStars).toBe(4);

      const visitor = s.person();
      expect(await visitor.client.listings.origin.query({ listingId: created.id })).toEqual({
        listingId: created.id,
        productId: 'dragon-fruit',
        title: 'Thanh long ruột đỏ',
        shopId: seller.user?.householdId,
        shopName: 'Vườn nhà Thắng',
        villageName: 'An Ninh 1',
        communeName: 'Bắc Sơn',
        harvest: { from: '2025-07-01', until: '2025-07-10' },
        ocopStars: 4,
      });

      // Stars outside 1–5 are refused with their own words, and change nothing.
      const before = await s.dbDump();
      for (const ocopStars of [0, 6, 3.5]) {
        const error = await failure(
          seller.client.listings.update.mutate({
            listingId: created.id,
            listing: { ...listing, ocopStars },
            expectedVersion: created.version,
          }),
        );
        expect(error.data?.code).toBe('BAD_REQUEST');
        expect(error.data?.problems.map((p) => [p.code, p.path])).toContainEqual([
          'listing.invalid_ocop_stars',
          ['listing', 'ocopStars'],
        ]);
      }
      expect(await s.dbDump()).toEqual(before);

      // A draft has no public origin.
      const draft = await seller.client.listings.create.mutate({ listing, publish: false });
      const hidden = await failure(visitor.client.listings.origin.query({ listingId: draft.id }));
      expect(hidden.data?.code).toBe('NOT_FOUND');
    });
  });
}
