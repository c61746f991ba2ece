/**
 * The built server run as real processes: an acknowledged order survives `kill -9` and a restart (both dialects),
 * two processes sharing one PostgreSQL database still sell exactly the stock there is, and password guesses sent to
 * two processes at once never get past the fifth wrong one (both dialects).
 */

import { CookieJar } from '@nongsan/api-client';
import type { DialectName } from '@nongsan/db';
import {
  createTestDatabase,
  DIALECTS,
  PostgresUnavailableError,
  type TestDatabase,
} from '@nongsan/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure } from './failure.ts';
import { type AppClient, clientAt, TEST_PASSWORD, TEST_VILLAGE_ID, testPhone } from './harness.ts';
import { openShopWithListing, placeRequest } from './order-fixtures.ts';
import { buildServer, type ServerProcess, startServerProcess, tempDataDir } from './server-process.ts';

/** A signed-in person: their cookies, usable against any of the processes. */
interface Signed {
  readonly cookies: CookieJar;
  at(url: string): AppClient;
}

function signedPerson(): Signed {
  const cookies = new CookieJar();
  return { cookies, at: (url) => clientAt(url, cookies) };
}

async function registerBuyer(url: string): Promise<Signed> {
  const person = signedPerson();
  await person.at(url).auth.register.mutate({
    kind: 'buyer',
    phone: testPhone(),
    password: TEST_PASSWORD,
    displayName: 'Nguyễn Thị Lan',
  });
  return person;
}

/** A household with an open shop and a dragon-fruit listing of `stock` grams on sale (at most `cap` per buyer). */
async function sellerWithListing(url: string, stock: number, cap: number | null = null) {
  const seller = signedPerson();
  const client = seller.at(url);
  await client.auth.register.mutate({
    kind: 'household',
    phone: testPhone(),
    password: TEST_PASSWORD,
    displayName: 'Hoàng Văn Thắng',
    villageId: TEST_VILLAGE_ID,
  });
  const listing = await openShopWithListing(client, stock, cap);
  return { seller, listing };
}

function isCi(): boolean {
  const ci = process.env.CI?.toLowerCase();
  return ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
}

/** A fresh database of the dialect for the block, or the reason its tests skip (PostgreSQL down outside CI). */
function useDatabase(dialect: DialectName) {
  const slot: { database?: TestDatabase; skip?: string } = {};
  beforeAll(async () => {
    try {
      slot.database = await createTestDatabase(dialect);
    } catch (error) {
      if (!(error instanceof PostgresUnavailableError) || isCi()) throw error;
      slot.skip = `${error.message}. Skipping the PostgreSQL process cases.`;
      console.warn(slot.skip);
    }
  }, 60_000);
  afterAll(async () => {
    await slot.database?.destroy();
  }, 60_000);
  return slot;
}

let entry = '';
beforeAll(() => {
  entry = buildServer();
}, 120_000);

for (const dialect of DIALECTS) {
  describe(`server processes (${dialect})`, () => {
    const slot = useDatabase(dialect);
    const running: ServerProcess[] = [];
    const dataDir = tempDataDir();
    afterAll(async () => {
      await Promise.all(running.map((server) => server.stop('SIGKILL')));
      dataDir.remove();
    }, 30_000);

    async function start(): Promise<ServerProcess> {
      const database = slot.database;
      if (!database) throw new Error('no database');
      const server = await startServerProcess(entry, { databaseUrl: database.url, dataDir: dataDir.path });
      running.push(server);
      return server;
    }

    it('keeps an acknowledged order when the server is killed with -9 right after answering', async (context) => {
      if (slot.skip) context.skip(slot.skip);
      const first = await start();
      const { seller, listing } = await sellerWithListing(first.url, 10_000);
      const buyer = await registerBuyer(first.url);

      const placed = await buyer.at(first.url).orders.place.mutate(placeRequest(listing.id, 3_000));
      await first.stop('SIGKILL');
      expect(first.child.signalCode).toBe('SIGKILL');

      const second = await start();
      const mine = (await buyer.at(second.url).orders.mine.query()).items;
      expect(mine.map((order) => order.id)).toEqual(placed.orders.map((order) => order.id));
      expect(mine[0]).toMatchObject({ status: 'placed', totals: { subtotal: 84_000 } });
      const inbox = await seller.at(second.url).orders.inbox.query();
      expect(inbox.orders.map((order) => order.id)).toEqual(placed.orders.map((order) => order.id));
      expect((await buyer.at(second.url).listings.get.query({ listingId: listing.id })).stock).toBe(7_000);
      await second.stop();
    }, 120_000);

    it('checks only one of 60 guesses sent at once to two processes after four wrong ones, then locks', async (context) => {
      if (slot.skip) context.skip(slot.skip);
      const [a, b] = await Promise.all([start(), start()]);
      if (!a || !b) throw new Error('no servers');
      const phone = testPhone();
      await clientAt(a.url).auth.register.mutate({
        kind: 'buyer',
        phone,
        password: TEST_PASSWORD,
        displayName: 'Nguyễn Thị Lan',
      });
      const guess = (url: string, password: string) =>
        failure(clientAt(url).auth.login.mutate({ phone, password })).then(
          (error) => error.data?.domainCode ?? error.message,
          () => 'signed in',
        );
      for (let i = 0; i < 4; i++) {
        expect(await guess(i % 2 === 0 ? a.url : b.url, `sai-mat-khau-${i}`)).toBe(
          'auth.invalid_credentials',
        );
      }

      // 60 guesses at once, half to each process, the right password among them.
      const answers = await Promise.all(
        Array.from({ length: 60 }, (_, i) =>
          guess(i % 2 === 0 ? a.url : b.url, i === 30 ? TEST_PASSWORD : `doan-${i}`),
        ),
      );
      // Only the fifth attempt was checked: every other guess was refused without looking at its password.
      expect(answers.filter((answer) => answer === 'auth.invalid_credentials')).toEqual([]);
      const signedIn = answers.filter((answer) => answer === 'signed in').length;
      expect(answers.filter((answer) => answer === 'auth.too_many_attempts')).toHaveLength(60 - signedIn);
      // Either that fifth attempt was the right password (and it alone signed in), or it was wrong and the number is
      // now locked, the right password refused on both processes.
      const afterwards = await Promise.all([guess(a.url, TEST_PASSWORD), guess(b.url, TEST_PASSWORD)]);
      expect(signedIn).toBeLessThanOrEqual(1);
      expect(afterwards).toEqual(Array(2).fill(signedIn === 1 ? 'signed in' : 'auth.too_many_attempts'));
      await Promise.all([a.stop(), b.stop()]);
    }, 120_000);

    it('never lets one buyer hold more than the cap when their checkouts race through two processes', async (context) => {
      if (slot.skip) context.skip(slot.skip);
      const [a, b] = await Promise.all([start(), start()]);
      if (!a || !b) throw new Error('no servers');
      const { seller, listing } = await sellerWithListing(a.url, 100_000, 6_000);
      const buyer = await registerBuyer(a.url);

      // 40 checkouts of 2 kg at once, half through each process: the cap of 6 kg lets exactly three through.
      const results = await Promise.allSettled(
        Array.from({ length: 40 }, (_, i) =>
          buyer.at((i % 2 === 0 ? a : b).url).orders.place.mutate(placeRequest(listing.id, 2_000)),
        ),
      );
      const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
      for (const error of refused)
        expect(error).toMatchObject({ data: { domainCode: 'order.over_buyer_cap' } });
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
      const held = (await buyer.at(b.url).orders.mine.query()).items.flatMap((order) => order.lines);
      expect(held.reduce((sum, line) => sum + line.quantity, 0)).toBe(6_000);
      expect((await seller.at(a.url).listings.get.query({ listingId: listing.id })).stock).toBe(94_000);
      await Promise.all([a.stop(), b.stop()]);
    }, 180_000);

    if (dialect === 'postgres') {
      it('sells exactly the stock there is when two processes take 200 concurrent orders', async (context) => {
        if (slot.skip) context.skip(slot.skip);
        const [a, b] = await Promise.all([start(), start()]);
        if (!a || !b) throw new Error('no servers');
        const { seller, listing } = await sellerWithListing(a.url, 50_000);
        const buyers = await Promise.all(Array.from({ length: 10 }, () => registerBuyer(a.url)));

        const results = await Promise.allSettled(
          Array.from({ length: 200 }, (_, i) => {
            const buyer = buyers[i % buyers.length] as Signed;
            const server = i % 2 === 0 ? a : b;
            return buyer.at(server.url).orders.place.mutate(placeRequest(listing.id, 3_000));
          }),
        );
        const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
        expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(16);
        expect(refused).toHaveLength(184);
        for (const error of refused) {
          expect(error).toMatchObject({ data: { code: 'CONFLICT', domainCode: 'order.not_enough_stock' } });
        }
        expect((await seller.at(b.url).listings.get.query({ listingId: listing.id })).stock).toBe(2_000);
        expect((await seller.at(b.url).orders.inbox.query()).orders).toHaveLength(16);
      }, 180_000);
    }
  });
}
