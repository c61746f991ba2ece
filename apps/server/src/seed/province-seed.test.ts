import { fixedClock } from '@nongsan/api';
import { DIALECTS, useTestDatabase } from '@nongsan/db/testing';
import { effectiveStatus, SOLD_ORDER_STATUSES } from '@nongsan/domain';
import { type DemoProvincePart, demoProvince } from '@nongsan/simulation';
import { describe, expect, it } from 'vitest';
import { startTestServer } from '../../test/harness.ts';
import { DEMO_PASSWORD } from './demo-seed.ts';
import { type ProvinceSeedProgress, seedProvince } from './province-seed.ts';

const END_DATE = '2026-09-14';
const NOW = '2026-09-15T09:00:00+07:00';

for (const dialect of DIALECTS) {
  describe(`the province seed (${dialect})`, () => {
    const t = useTestDatabase(dialect);

    it('writes a small province commune by commune: its counts, logins, figures, and the last commune searchable', async () => {
      const province = await demoProvince({ endDate: END_DATE, communes: 3, scale: 0.06, keepParts: true });
      const parts: DemoProvincePart[] = [...province.each()];
      const progress: ProvinceSeedProgress[] = [];
      const logins = await seedProvince(t.db, province, {
        clock: fixedClock(NOW),
        onProgress: (p) => progress.push(p),
      });

      const sum = (of: (part: DemoProvincePart) => number) => parts.reduce((s, p) => s + of(p), 0);
      const count = async (
        table: 'households' | 'shops' | 'listings' | 'orders' | 'order_events' | 'helper_assignments',
      ) =>
        Number(
          (
            await t.db
              .selectFrom(table)
              .select((eb) => eb.fn.countAll().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      expect(parts).toHaveLength(3);
      expect(await count('households')).toBe(province.households);
      expect(sum((p) => p.households.length)).toBe(province.households);
      expect(await count('shops')).toBe(sum((p) => p.shops.length));
      expect(await count('listings')).toBe(sum((p) => p.listings.length));
      expect(sum((p) => p.orders.length)).toBeGreaterThan(0);
      expect(await count('orders')).toBe(sum((p) => p.orders.length));
      expect(await count('order_events')).toBe(sum((p) => p.orderEvents.length));
      expect(await count('helper_assignments')).toBe(
        sum((p) => p.teams.flatMap((x) => x.assignments).length),
      );
      expect(progress.map((p) => p.partsDone)).toEqual([1, 2, 3]);
      expect(progress.at(-1)?.households).toBe(province.households);

      // Every commune of today that received a simulated one has its official; every team member is a helper.
      const officials = await t.db
        .selectFrom('users')
        .select(['commune_code'])
        .where('role', '=', 'official')
        .where('commune_code', 'is not', null)
        .execute();
      expect(officials.map((o) => o.commune_code).sort()).toEqual(
        province.communes.map((c) => c.code).sort(),
      );
      const helpers = await t.db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('role', '=', 'helper')
        .executeTakeFirstOrThrow();
      expect(Number(helpers.n)).toBe(sum((p) => p.teams.flatMap((x) => x.team.members).length));

      const server = await startTestServer(t.database, { now: NOW });
      try {
        for (const [role, phone] of Object.entries(logins)) {
          const person = server.person(phone, DEMO_PASSWORD);
          const { user } = await person.client.auth.login.mutate({ phone, password: DEMO_PASSWORD });
          const expected = { household: 'seller', provinceOfficial: 'province_official' }[role] ?? role;
          expect(user.role, role).toBe(expected);
        }

        // The figures were counted at seeding: the province's official sees every household and the year's sales.
        const official = server.person(logins.provinceOfficial);
        await official.client.auth.login.mutate({ phone: logins.provinceOfficial, password: DEMO_PASSWORD });
        const overview = await official.client.province.overview.query();
        expect(overview.asOf).not.toBeNull();
        expect(overview.households).toBe(province.households);
        expect(overview.shops).toBe(sum((p) => p.households.filter((h) => h.shop !== null).length));
        const sold = parts.flatMap((p) => p.orders).filter((o) => SOLD_ORDER_STATUSES.includes(o.status));
        expect(overview.communes.reduce((s, c) => s + c.orders, 0)).toBe(sold.length);

        // A buyer filtering by the last commune finds a listing of the last simulated commune, by its title.
        const last = parts.at(-1) as DemoProvincePart;
        const now = server.clock.now();
        const onSale = last.listings.find((l) => effectiveStatus(l, now) !== 'ended');
        if (!onSale) throw new Error('the last commune has a listing on sale');
        const found = await server.person().client.listings.search.query({
          query: onSale.title,
          communeCode: last.commune.code,
          pageSize: 100,
        });
        expect(found.items.map((l) => l.id)).toContain(onSale.id);
      } finally {
        await server.close();
      }
    }, 180_000);
  });
}
