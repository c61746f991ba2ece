import { DIALECTS, useTestDatabase } from '@nongsan/db/testing';
import { effectiveStatus, matchesSearch } from '@nongsan/domain';
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

      const count = async (table: 'households' | 'shops' | 'listings' | 'villages') =>
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
      const withPassword = await t.db
        .selectFrom('users')
        .select('role')
        .where('password_hash', 'is not', null)
        .execute();
      expect(withPassword.map((u) => u.role).sort()).toEqual(['buyer', 'helper', 'official', 'seller']);

      const server = await startTestServer(t.database, { now: '2025-06-15T08:00:00+07:00' });
      try {
        for (const [role, phone] of Object.entries(logins)) {
          const person = server.person(phone, DEMO_PASSWORD);
          const { user } = await person.client.auth.login.mutate({ phone, password: DEMO_PASSWORD });
          expect(user.role, role).toBe(role === 'household' ? 'seller' : role);
        }
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
