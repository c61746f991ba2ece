import { DIALECTS } from '@nongsan/db/testing';
import { findVillage } from '@nongsan/domain';
import { describe, expect, it } from 'vitest';
import { NEIGHBOUR_COMMUNE_CODE, NEIGHBOUR_VILLAGE_ID, useTestServer } from '../harness.ts';
import { openShopWithListing } from '../order-fixtures.ts';

for (const dialect of DIALECTS) {
  describe(`a listing names its shop's commune (${dialect})`, () => {
    const server = useTestServer(dialect);

    it('as the villages table keeps it, also for a village the domain place data does not name', async () => {
      expect(findVillage(NEIGHBOUR_VILLAGE_ID)).toBeUndefined();
      const seller = await server.current.registerHousehold({ villageId: NEIGHBOUR_VILLAGE_ID });
      const listing = await openShopWithListing(seller.client, 20_000);
      const anyone = server.current.person();
      expect(await anyone.client.listings.get.query({ listingId: listing.id })).toMatchObject({
        villageId: NEIGHBOUR_VILLAGE_ID,
        communeCode: NEIGHBOUR_COMMUNE_CODE,
      });
    });
  });
}
