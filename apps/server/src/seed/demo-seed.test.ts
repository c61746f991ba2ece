import { DIALECTS, useTestDatabase } from '@nongsan/db/testing';
import { effectiveStatus, matchesSearch, SOLD_ORDER_STATUSES } from '@nongsan/domain';
import { demoCommune } from '@nongsan/simulation';
import { describe, expect, it } from 'vitest';
import { startTestServer } from '../../test/harness.ts';
import { DEMO_PASSWORD, seedDemoCommune } from './demo-seed.ts';

for (const dialect of DIALECTS) {
  describe(`the demo seed (${dialect})`, () => {
    const t = useTestDatabase(dialect);

    it('writes the simulated commune, and its demo logins can sign in and find produce', async () => {
      const commune = await demoCommune({ endDate: '2025-06-15' });
      const logins = await seedDemoCommune(t.db, commune);

      const count = async (
        table: 'households' | 'shops' | 'listings' | 'villages' | 'orders' | 'order_lines' | 'order_events',
      ) =>
        Number(
          (
            await t.db
              .selectFrom(table)
              .select((eb) => eb.fn.countAll().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      expect(await count('households')).toBe(commune.households.length);
      expect(await count('shops')).toBe(commune.shops.length);
      expect(await count('listings')).toBe(commune.listings.length);
      expect(await count('villages')).toBe(10);
      expect(commune.orders.length).toBeGreaterThan(100);
      expect(await count('orders')).toBe(commune.orders.length);
      expect(await count('order_lines')).toBe(commune.orders.flatMap((o) => o.lines).length);
      expect(await count('order_events')).toBe(commune.orderEvents.length);
      const withPassword = await t.db
        .selectFrom('users')
        .select('role')
        .where('password_hash', 'is not', null)
        .execute();
      expect(withPassword.map((u) => u.role).sort()).toEqual([
        'buyer',
        'helper',
        'official',
        'official',
        'seller',
      ]);

      const server = await startTestServer(t.database, { now: '2025-06-15T08:00:00+07:00' });
      try {
        for (const [role, phone] of Object.entries(logins)) {
          const person = server.person(phone, DEMO_PASSWORD);
          const { user } = await person.client.auth.login.mutate({ phone, password: DEMO_PASSWORD });
          const expected = { household: 'seller', provinceOfficial: 'province_official' }[role] ?? role;
          expect(user.role, role).toBe(expected);
        }
        // The demo household is the shop that sold most: its sales summary and its orders have a year behind them.
        const household = server.person(logins.household);
        const { user: seller } = await household.client.auth.login.mutate({
          phone: logins.household,
          password: DEMO_PASSWORD,
        });
        const sold = commune.orders.filter(
          (o) => o.shopId === seller.householdId && SOLD_ORDER_STATUSES.includes(o.status),
        );
        expect(sold.length).toBeGreaterThan(0);
        const sales = await household.client.stats.sales.query({});
        expect(sales.total.orders).toBe(sold.length);
        expect(sales.total.vnd).toBe(sold.reduce((sum, o) => sum + o.totals.subtotal, 0));
        // And it has something in season to sell on the demo's day.
        const mine = (await household.client.listings.mine.query({})).items;
        expect(mine.some((l) => l.effectiveStatus === 'active' && l.phase === 'in-season')).toBe(true);
        // Every order's history is the simulation's, and the buyer's address lies in the order's delivery zone.
        const latest = sold[0];
        if (latest) {
          const shown = await household.client.orders.get.query({ orderId: latest.id });
          expect(shown.order.status).toBe(latest.status);
          expect(shown.order.zone).toBe(latest.zone);
          expect(shown.events.map((e) => e.kind)).toEqual(
            commune.orderEvents.filter((e) => e.orderId === latest.id).map((e) => e.kind),
          );
        }
        const official = server.person(logins.official);
        await official.client.auth.login.mutate({ phone: logins.official, password: DEMO_PASSWORD });
        const stats = await official.client.commune.stats.query();
        expect(stats.reduce((sum, v) => sum + v.orders, 0)).toBe(
          commune.orders.filter((o) => SOLD_ORDER_STATUSES.includes(o.status)).length,
        );
        // The province's official sees the same commune when they name it, and the province's communes.
        const province = server.person(logins.provinceOfficial);
        await province.client.auth.login.mutate({ phone: logins.provinceOfficial, password: DEMO_PASSWORD });
        expect(await province.client.commune.stats.query({ communeCode: commune.commune.code })).toEqual(
          stats,
        );
        expect((await province.client.commune.list.query()).length).toBeGreaterThanOrEqual(65);

        const helper = server.person(logins.helper);
        const { user: helperUser } = await helper.client.auth.login.mutate({
          phone: logins.helper,
          password: DEMO_PASSWORD,
        });
        const assigned = commune.teams
          .flatMap((team) => team.assignments)
          .filter((a) => a.memberId === helperUser.id);
        expect((await helper.client.households.mine.query()).map((h) => h.id).sort()).toEqual(
          assigned.map((a) => a.householdId).sort(),
        );
        // Search shows what is on sale today: the seeded listings whose season is not over.
        const now = server.clock.now();
        const onSale = commune.listings.filter(
          (l) => effectiveStatus(l, now) !== 'ended' && matchesSearch('thanh long', [l.title, 'thanh long']),
        );
        const found = await server
          .person()
          .client.listings.search.query({ productId: 'dragon-fruit', pageSize: 100 });
        expect(found.total).toBe(onSale.filter((l) => l.productId === 'dragon-fruit').length);
        const first = commune.listings[0];
        if (first)
          expect((await server.person().client.listings.get.query({ listingId: first.id })).title).toBe(
            first.title,
          );
      } finally {
        await server.close();
      }
    }, 120_000);
  });
}
