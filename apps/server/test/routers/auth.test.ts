import { LOGIN_LOCKOUT } from '@nongsan/api';
import { createDb } from '@nongsan/db';
import { DIALECTS } from '@nongsan/db/testing';
import { describe, expect, it } from 'vitest';
import { failure } from '../failure.ts';
import { startTestServer, TEST_VILLAGE_ID, testPhone, useTestServer } from '../harness.ts';

for (const dialect of DIALECTS) {
  describe(`auth (${dialect})`, () => {
    const server = useTestServer(dialect);

    it('registers a buyer, who is signed in by an HttpOnly, SameSite=Lax session cookie', async () => {
      const buyer = server.current.person();
      const response = await buyer.fetch('/trpc/auth.register', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          kind: 'buyer',
          phone: buyer.phone,
          password: buyer.password,
          displayName: 'Chị Lan',
        }),
      });
      expect(response.status).toBe(200);
      const cookie = response.headers.getSetCookie().join('\n');
      expect(cookie).toMatch(/nongsan_session=/);
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Lax/i);
      const { user } = await buyer.client.auth.me.query();
      expect(user).toMatchObject({
        role: 'buyer',
        phone: buyer.phone,
        householdId: null,
        displayName: 'Chị Lan',
      });
    });

    it('registers a household in a village: a seller login for a new household at the registered stage', async () => {
      const seller = await server.current.registerHousehold();
      expect(seller.user).toMatchObject({ role: 'seller' });
      const [household] = await seller.client.households.mine.query();
      expect(household).toMatchObject({
        id: seller.user?.householdId,
        villageId: TEST_VILLAGE_ID,
        adoptionStage: 'registered',
      });
    });

    it('normalises the phone number, so the same number typed differently is taken', async () => {
      const first = await server.current.registerBuyer();
      const typedOtherwise = `+84 ${first.phone.slice(1, 4)} ${first.phone.slice(4)}`;
      const error = await failure(
        server.current.person().client.auth.register.mutate({
          kind: 'buyer',
          phone: typedOtherwise,
          password: 'another-password',
          displayName: 'Người khác',
        }),
      );
      expect(error.data?.code).toBe('CONFLICT');
      expect(error.data?.domainCode).toBe('auth.phone_taken');
    });

    it('refuses bad registration input field by field, in Vietnamese and English', async () => {
      const error = await failure(
        server.current.person().client.auth.register.mutate({
          kind: 'household',
          phone: '0123',
          password: 'short',
          displayName: 'A',
          villageId: TEST_VILLAGE_ID,
        }),
      );
      expect(error.data?.code).toBe('BAD_REQUEST');
      const byField = Object.fromEntries((error.data?.problems ?? []).map((p) => [p.path.join('.'), p.code]));
      expect(byField).toMatchObject({
        phone: 'phone.invalid',
        password: 'validation.too_short',
        displayName: 'validation.too_short',
      });
      expect(error.data?.problems[0]?.vi).not.toBe(error.data?.problems[0]?.en);
    });

    it('tells a missing field from one of the wrong type', async () => {
      const error = await failure(
        // @ts-expect-error: wrong on purpose
        server.current.person().client.auth.login.mutate({ phone: 912345678 }),
      );
      const byField = Object.fromEntries((error.data?.problems ?? []).map((p) => [p.path.join('.'), p.code]));
      expect(byField).toEqual({ phone: 'validation.invalid_type', password: 'validation.required' });
    });

    it('refuses an unknown village with NOT_FOUND and creates nothing', async () => {
      const before = await server.current.dbDump();
      const error = await failure(
        server.current.person().client.auth.register.mutate({
          kind: 'household',
          phone: testPhone(),
          password: 'mat-khau-123',
          displayName: 'Hoàng Văn A',
          villageId: 'long-dong:khong-co',
        }),
      );
      expect(error.data?.code).toBe('NOT_FOUND');
      expect(await server.current.dbDump()).toEqual(before);
    });

    it('signs in with the right password, refuses a wrong one, and signs out', async () => {
      const registered = await server.current.registerBuyer();
      const again = server.current.person(registered.phone, registered.password);
      expect((await again.client.auth.me.query()).user).toBeNull();

      const wrong = await failure(
        again.client.auth.login.mutate({ phone: again.phone, password: 'sai-mat-khau' }),
      );
      expect(wrong.data?.code).toBe('UNAUTHORIZED');
      expect(wrong.data?.domainCode).toBe('auth.invalid_credentials');

      const { user } = await again.client.auth.login.mutate({ phone: again.phone, password: again.password });
      expect(user.id).toBe(registered.user?.id);
      expect((await again.client.auth.me.query()).user?.id).toBe(user.id);

      const token = again.cookies.header();
      await again.client.auth.logout.mutate();
      expect((await again.client.auth.me.query()).user).toBeNull();
      // The old cookie is dead on the server too, not just forgotten by this client.
      const replay = await fetch(`${server.current.url}/trpc/auth.me`, { headers: { cookie: token } });
      expect(((await replay.json()) as { result: { data: { user: unknown } } }).result.data.user).toBeNull();
    });

    it('answers an unknown phone number exactly like a wrong password', async () => {
      const error = await failure(
        server.current.person().client.auth.login.mutate({ phone: testPhone(), password: 'whatever-1' }),
      );
      expect(error.data?.domainCode).toBe('auth.invalid_credentials');
    });

    it('ignores a session cookie whose signature was tampered with', async () => {
      const buyer = await server.current.registerBuyer();
      const forged = buyer.cookies.header().replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
      const response = await fetch(`${server.current.url}/trpc/auth.me`, { headers: { cookie: forged } });
      expect(
        ((await response.json()) as { result: { data: { user: unknown } } }).result.data.user,
      ).toBeNull();
    });

    it('locks a phone number after 5 wrong passwords, counted in the database across two server processes', async () => {
      const buyer = await server.current.registerBuyer();
      // Its own connection pool (or SQLite connection) to the same database, as a second process would have.
      const secondDb = createDb(server.current.database.url);
      const second = await startTestServer(
        { ...secondDb, url: server.current.database.url },
        { now: server.current.clock.now().toISOString() },
      );
      try {
        const onFirst = server.current.person(buyer.phone, buyer.password);
        const onSecond = second.person(buyer.phone, buyer.password);
        const codes: (string | null | undefined)[] = [];
        for (let attempt = 0; attempt < LOGIN_LOCKOUT.maxFailures; attempt++) {
          const client = attempt % 2 === 0 ? onFirst.client : onSecond.client;
          codes.push(
            (await failure(client.auth.login.mutate({ phone: buyer.phone, password: 'sai-mat-khau' }))).data
              ?.domainCode,
          );
        }
        expect(codes.slice(0, -1).every((c) => c === 'auth.invalid_credentials')).toBe(true);
        expect(codes.at(-1)).toBe('auth.too_many_attempts');

        // Even the right password is refused now, on either server, with the minutes to wait.
        const locked = await failure(
          onSecond.client.auth.login.mutate({ phone: buyer.phone, password: buyer.password }),
        );
        expect(locked.data?.code).toBe('TOO_MANY_REQUESTS');
        expect(locked.data?.problems[0]?.params).toEqual({ minutes: 15 });
        expect(locked.data?.text.vi).toContain('15 phút');

        // Another number is not affected.
        const other = await server.current.registerBuyer();
        await expect(
          server.current
            .person(other.phone, other.password)
            .client.auth.login.mutate({ phone: other.phone, password: other.password }),
        ).resolves.toBeTruthy();

        // 15 minutes later the right password works again (both servers read the same moved clock).
        server.current.clock.advance(LOGIN_LOCKOUT.lockMs + 1000);
        second.clock.advance(LOGIN_LOCKOUT.lockMs + 1000);
        const { user } = await onFirst.client.auth.login.mutate({
          phone: buyer.phone,
          password: buyer.password,
        });
        expect(user.id).toBe(buyer.user?.id);
      } finally {
        await second.close();
        await secondDb.destroy();
      }
    });

    it('counts concurrent wrong passwords without losing any', async () => {
      const buyer = await server.current.registerBuyer();
      const attempts = Array.from({ length: LOGIN_LOCKOUT.maxFailures }, () =>
        failure(
          server.current.person().client.auth.login.mutate({ phone: buyer.phone, password: 'sai-mat-khau' }),
        ),
      );
      await Promise.all(attempts);
      const locked = await failure(
        server.current.person().client.auth.login.mutate({ phone: buyer.phone, password: buyer.password }),
      );
      expect(locked.data?.domainCode).toBe('auth.too_many_attempts');
    });
  });
}
