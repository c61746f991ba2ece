/**
 * Many communes on one deployment: a commune official sees their commune and no other, a province official every
 * commune of the province, helpers their own commune; appointments stay within the appointer's reach.
 */
import { ProvinceService } from '@nongsan/api';
import { DIALECTS } from '@nongsan/db/testing';
import { describe, expect, it } from 'vitest';
import { failure } from '../failure.ts';
import {
  NEIGHBOUR_COMMUNE_CODE,
  NEIGHBOUR_VILLAGE_ID,
  TEST_COMMUNE_CODE,
  TEST_VILLAGE_ID,
  useTestServer,
} from '../harness.ts';
import { openShopWithListing, placeRequest } from '../order-fixtures.ts';

for (const dialect of DIALECTS) {
  describe(`communes (${dialect})`, () => {
    const server = useTestServer(dialect);

    it("a commune official sees their commune's households and figures, never the neighbouring commune's", async () => {
      const s = server.current;
      const here = await s.registerHousehold({ name: 'Hoàng Văn Thắng' });
      const there = await s.registerHousehold({ name: 'Lý Thị Nga', villageId: NEIGHBOUR_VILLAGE_ID });
      const official = await s.createOfficial('Lương Văn Hùng');
      const stats = await official.client.commune.stats.query();
      expect(stats.map((v) => v.villageId)).toContain(TEST_VILLAGE_ID);
      expect(stats.map((v) => v.villageId)).not.toContain(NEIGHBOUR_VILLAGE_ID);
      const village = await official.client.commune.village.query({ villageId: TEST_VILLAGE_ID });
      expect(village.households.map((h) => h.id)).toContain(here.user?.householdId);

      for (const call of [
        () => official.client.commune.village.query({ villageId: NEIGHBOUR_VILLAGE_ID }),
        () => official.client.commune.stats.query({ communeCode: NEIGHBOUR_COMMUNE_CODE }),
        () => official.client.commune.timeseries.query({ communeCode: NEIGHBOUR_COMMUNE_CODE }),
      ]) {
        const error = await failure(call());
        expect(error.data?.code).toBe('FORBIDDEN');
        expect(error.data?.domainCode).toBe('commune.forbidden');
        expect(JSON.stringify(error)).not.toContain(there.user?.householdId ?? '-');
      }
      expect((await official.client.commune.list.query()).map((c) => c.code)).toEqual([TEST_COMMUNE_CODE]);
    });

    it('the province official sees every commune of the province, naming the one to open', async () => {
      const s = server.current;
      const there = await s.registerHousehold({ name: 'Lý Thị Nga', villageId: NEIGHBOUR_VILLAGE_ID });
      const province = await s.createOfficial('Nông Văn Tuấn', { provinceCode: '20' });
      expect(province.user?.role).toBe('province_official');
      const communes = await province.client.commune.list.query();
      expect(communes.length).toBe(65);
      expect(communes.find((c) => c.code === TEST_COMMUNE_CODE)?.formerNames).toBe(
        'thị trấn Bắc Sơn, xã Long Đống, xã Bắc Quỳnh',
      );
      const neighbour = await province.client.commune.stats.query({ communeCode: NEIGHBOUR_COMMUNE_CODE });
      expect(neighbour.map((v) => v.villageId)).toEqual([NEIGHBOUR_VILLAGE_ID]);
      const village = await province.client.commune.village.query({ villageId: NEIGHBOUR_VILLAGE_ID });
      expect(village.households.map((h) => h.id)).toContain(there.user?.householdId);
      const unnamed = await failure(province.client.commune.stats.query());
      expect(unnamed.data?.domainCode).toBe('commune.required');
      const unknown = await failure(province.client.commune.stats.query({ communeCode: '06999' }));
      expect(unknown.data?.code).toBe('NOT_FOUND');
    });

    it("appointments stay within reach: a commune official appoints in their commune only; the province's official anywhere in it", async () => {
      const s = server.current;
      const official = await s.createOfficial('Lương Văn Hùng');
      const province = await s.createOfficial('Nông Văn Tuấn', { provinceCode: '20' });
      const candidate = await s.registerBuyer('Hà Văn Sơn');
      const userId = candidate.user?.id ?? '';
      const before = await s.dbDump();
      for (const input of [
        { userId, role: 'helper' as const, villageId: NEIGHBOUR_VILLAGE_ID },
        { userId, role: 'official' as const, communeCode: NEIGHBOUR_COMMUNE_CODE },
        { userId, role: 'province_official' as const },
      ]) {
        const error = await failure(official.client.admin.appoint.mutate(input));
        expect(error.data?.code, input.role).toBe('FORBIDDEN');
      }
      expect(await s.dbDump()).toEqual(before);

      await province.client.admin.appoint.mutate({
        userId,
        role: 'official',
        communeCode: NEIGHBOUR_COMMUNE_CODE,
      });
      await candidate.client.auth.login.mutate({ phone: candidate.phone, password: candidate.password });
      const stats = await candidate.client.commune.stats.query();
      expect(stats.map((v) => v.villageId)).toEqual([NEIGHBOUR_VILLAGE_ID]);
      const error = await failure(candidate.client.commune.village.query({ villageId: TEST_VILLAGE_ID }));
      expect(error.data?.code).toBe('FORBIDDEN');
    });

    it("a helper reads their own commune's figures and not the neighbour's", async () => {
      const s = server.current;
      const helper = await s.createHelper({ villageId: NEIGHBOUR_VILLAGE_ID, name: 'Vi Văn Hải' });
      expect((await helper.client.commune.stats.query()).map((v) => v.villageId)).toEqual([
        NEIGHBOUR_VILLAGE_ID,
      ]);
      const error = await failure(helper.client.commune.stats.query({ communeCode: TEST_COMMUNE_CODE }));
      expect(error.data?.code).toBe('FORBIDDEN');
    });

    it("the province's overview, from the pre-aggregated figures, says what each commune's own stats say", async () => {
      const s = server.current;
      const province = await s.createOfficial('Nông Văn Tuấn', { provinceCode: '20' });
      // (A shop must be in a village the domain's place data knows to be ordered from: orders-service's
      // communeOfVillage; the neighbouring commune's test village is not, so the sale is in Bắc Sơn.)
      const seller = await s.registerHousehold({ name: 'Hà Văn Bảy' });
      await s.registerHousehold({ name: 'Lý Thị Nga', villageId: NEIGHBOUR_VILLAGE_ID });
      const listing = await openShopWithListing(seller.client, 50_000);
      const buyer = await s.registerBuyer('Trần Thị Mai');
      const { orders } = await buyer.client.orders.place.mutate(placeRequest(listing.id, 2_000));
      const orderId = orders[0]?.id ?? '';
      await seller.client.orders.confirm.mutate({ orderId });
      const deps = { db: s.database.db, clock: s.clock };
      expect(await new ProvinceService(deps).refreshFigures()).toBeGreaterThan(0);
      const overview = await province.client.province.overview.query();
      expect(overview.asOf).not.toBeNull();
      for (const code of [TEST_COMMUNE_CODE, NEIGHBOUR_COMMUNE_CODE]) {
        const stats = await province.client.commune.stats.query({ communeCode: code });
        const shown = overview.communes.find((c) => c.code === code);
        expect(shown, code).toMatchObject({
          households: stats.reduce((sum, v) => sum + v.households, 0),
          shops: stats.reduce((sum, v) => sum + v.shops, 0),
          orders: stats.reduce((sum, v) => sum + v.orders, 0),
          vnd: stats.reduce((sum, v) => sum + v.vnd, 0),
        });
      }
      expect(overview.communes.find((c) => c.code === TEST_COMMUNE_CODE)?.orders).toBeGreaterThan(0);
      // A later change is counted by the next pass only: the overview reads the figures, not the orders.
      await seller.client.orders.cancel.mutate({ orderId, reason: 'Hết hàng' });
      const before = (await province.client.province.overview.query()).communes.find(
        (c) => c.code === TEST_COMMUNE_CODE,
      );
      await new ProvinceService(deps).refreshFigures();
      const after = (await province.client.province.overview.query()).communes.find(
        (c) => c.code === TEST_COMMUNE_CODE,
      );
      const stats = await province.client.commune.stats.query({ communeCode: TEST_COMMUNE_CODE });
      expect(after?.orders).toBe(stats.reduce((sum, v) => sum + v.orders, 0));
      expect(before?.orders).toBe((after?.orders ?? 0) + 1);
      const error = await failure((await s.createOfficial()).client.province.overview.query());
      expect(error.data?.code).toBe('FORBIDDEN');
    });
    it("a shop in a village only the database knows (another commune's) takes orders, zoned from its commune", async () => {
      const s = server.current;
      const seller = await s.registerHousehold({ name: 'Lý Thị Nga', villageId: NEIGHBOUR_VILLAGE_ID });
      const listing = await openShopWithListing(seller.client, 10_000);
      const buyer = await s.registerBuyer();
      const { orders } = await buyer.client.orders.place.mutate(placeRequest(listing.id, 2_000));
      // The buyer lives in xã Bắc Sơn, the shop in xã Hưng Vũ: both in the former Bắc Sơn district, neighbours.
      expect(orders[0]).toMatchObject({ status: 'placed', zone: 'local' });
    });
  });
}
