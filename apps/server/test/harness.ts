/**
 * The server under test, over HTTP, on both dialects. A test file starts one server per dialect and shares it
 * between its tests (2 CPU cores: starting servers is the slow part), then each simulated person gets their own
 * client with their own cookie jar.
 *
 * ```ts
 * import { DIALECTS } from '@nongsan/db/testing';
 * import { useTestServer } from '../test/harness.ts';
 *
 * for (const dialect of DIALECTS) {
 *   describe(dialect, () => {
 *     const server = useTestServer(dialect, { now: '2025-06-15T08:00:00+07:00' });
 *     it('…', async () => {
 *       const buyer = await server.current.registerBuyer();        // a signed-in client
 *       const before = await server.current.dbDump();
 *       await expect(buyer.client.shop.update.mutate({ … })).rejects.toMatchObject({ data: { code: 'FORBIDDEN' } });
 *       expect(await server.current.dbDump()).toEqual(before);
 *     });
 *   });
 * }
 * ```
 * PostgreSQL cases skip with a printed reason when PostgreSQL is down (and fail with CI=true), as in
 * `@nongsan/db/testing`. `startTestServer(database)` starts one by hand (a second server on the same database).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SessionUser } from '@nongsan/api';
import {
  hashPassword,
  type ManualClock,
  manualClock,
  newId,
  UserRepository,
  VillageRepository,
} from '@nongsan/api';
import { type ApiClient, apiClientAt, CookieJar, fetchWithCookies } from '@nongsan/api-client';
import { type DialectName, TABLE_COLUMNS, type TableName } from '@nongsan/db';
import { createTestDatabase, PostgresUnavailableError, type TestDatabase } from '@nongsan/db/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { buildApp } from '../src/app.ts';
import { ensureVillages } from '../src/seed/villages.ts';

/** A default "now" for tests: mid-June 2025 in Vietnam (dragon fruit in season, before the 2025 reform date). */
export const TEST_NOW = '2025-06-15T08:00:00+07:00';
export const TEST_PASSWORD = 'mat-khau-123';
/** The key the test servers expect from SePay (`SEPAY_API_KEY`). */
export const TEST_SEPAY_API_KEY = 'sepay-test-key-0123456789';
/** A village of Long Đống that exists in every test database (the domain's place data is seeded). */
export const TEST_VILLAGE_ID = 'long-dong:an-ninh-1';
/** Another village, for "not your village" cases. */
export const OTHER_VILLAGE_ID = 'long-dong:ra-la';
/** The commune of the test villages: xã Bắc Sơn (Long Đống's since 2025). */
export const TEST_COMMUNE_CODE = '06325';
/** A village of the neighbouring commune (xã Hưng Vũ), in every test database: for "not your commune" cases. */
export const NEIGHBOUR_VILLAGE_ID = 'hung-vu:test-na-lay';
export const NEIGHBOUR_COMMUNE_CODE = '06349';

export type AppClient = ApiClient;

/** A person using the app: a tRPC client with their own cookies, and who they are once signed in. */
export interface Person {
  readonly client: AppClient;
  readonly cookies: CookieJar;
  readonly phone: string;
  readonly password: string;
  user: SessionUser | null;
  /** fetch with this person's cookies (for plain HTTP routes such as `POST /photos`). */
  fetch(path: string, init?: RequestInit): Promise<Response>;
}

/** One person's tRPC client for a server at `url`, carrying their cookies (the same jar works on every process). */
export function clientAt(url: string, cookies: CookieJar = new CookieJar()): AppClient {
  return apiClientAt(url, { cookies });
}

let phoneCounter = 0;
/** A valid mobile number not used before in this test process (Mobifone's 090 prefix). */
export function testPhone(): string {
  phoneCounter += 1;
  return `090${String(process.pid % 1000).padStart(3, '0')}${String(phoneCounter).padStart(4, '0')}`;
}

export interface TestServer {
  readonly url: string;
  readonly app: FastifyInstance;
  readonly database: TestDatabase;
  readonly dialect: DialectName;
  /** The server's clock: `clock.advance(ms)` moves time for every rule (lockouts, 24-hour deadline). */
  readonly clock: ManualClock;
  readonly photosDir: string;
  /** A new person with an empty cookie jar (signed out). */
  person(phone?: string, password?: string): Person;
  /** A new buyer, registered and signed in. */
  registerBuyer(name?: string): Promise<Person>;
  /** A new household in a village (its seller login), registered and signed in. */
  registerHousehold(options?: { villageId?: string; name?: string }): Promise<Person>;
  /**
   * An official (there is no way to register as one: the first comes from the seed), signed in: of the test
   * commune unless another commune is named, or of a province (a province official).
   */
  createOfficial(name?: string, scope?: { communeCode?: string; provinceCode?: string }): Promise<Person>;
  /** A helper of a village, appointed by `official` (or a new official), signed in. */
  createHelper(options?: { villageId?: string; official?: Person; name?: string }): Promise<Person>;
  /** Every row of every table, sorted, for "nothing changed" comparisons. */
  dbDump(options?: { exclude?: readonly TableName[] }): Promise<Record<string, unknown[]>>;
  close(): Promise<void>;
}

export interface TestServerOptions {
  /** The server's clock starts here (default `TEST_NOW`). */
  readonly now?: string;
  readonly rateLimitPerMinute?: number;
  /** Take the client's address from `X-Forwarded-For`, as behind a reverse proxy (`TRUST_PROXY`). */
  readonly trustProxy?: boolean;
  /** Share the photos folder of another server (two processes on one data folder). */
  readonly photosDir?: string;
  /**
   * `orders.place` requests a server holds at once before 503. Tests that race hundreds of checkouts to show the rules hold set no
   * limit (10,000); the test of the bound itself sets a small one.
   */
  readonly orderQueueLimit?: number;
}

function sortRows(rows: unknown[]): unknown[] {
  return rows
    .map((row) => [JSON.stringify(row), row] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, row]) => row);
}

/** Starts a server over `database` on an ephemeral port of 127.0.0.1. */
export async function startTestServer(
  database: TestDatabase,
  options: TestServerOptions = {},
): Promise<TestServer> {
  const { db, dialect } = database;
  await ensureVillages(db);
  await new VillageRepository(db).ensure([
    {
      id: NEIGHBOUR_VILLAGE_ID,
      name: 'Nà Lay',
      legacyCommuneCode: '06349',
      currentCommuneCode: NEIGHBOUR_COMMUNE_CODE,
      invented: true,
    },
  ]);
  const clock = manualClock(options.now ?? TEST_NOW);
  const ownPhotos = options.photosDir === undefined;
  const photosDir = options.photosDir ?? mkdtempSync(join(tmpdir(), 'nongsan-photos-'));
  const app = await buildApp({
    db,
    dialect,
    clock,
    config: {
      sessionSecret: 'test-secret-test-secret-test-secret-1234',
      photosDir,
      trustProxy: options.trustProxy ?? false,
      sepayApiKey: TEST_SEPAY_API_KEY,
    },
    rateLimitPerMinute: options.rateLimitPerMinute ?? 100_000,
    orderQueueLimit: options.orderQueueLimit ?? 10_000,
  });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });

  const person = (phone = testPhone(), password = TEST_PASSWORD): Person => {
    const cookies = new CookieJar();
    const send = fetchWithCookies(cookies);
    return {
      client: clientAt(url, cookies),
      cookies,
      phone,
      password,
      user: null,
      fetch: (path, init) => send(`${url}${path}`, init),
    };
  };

  const server: TestServer = {
    url,
    app,
    database,
    dialect,
    clock,
    photosDir,
    person,
    async registerBuyer(name = 'Nguyễn Thị Lan') {
      const p = person();
      const { user } = await p.client.auth.register.mutate({
        kind: 'buyer',
        phone: p.phone,
        password: p.password,
        displayName: name,
      });
      p.user = user;
      return p;
    },
    async registerHousehold(options = {}) {
      const p = person();
      const { user } = await p.client.auth.register.mutate({
        kind: 'household',
        phone: p.phone,
        password: p.password,
        displayName: options.name ?? 'Hoàng Văn Thắng',
        villageId: options.villageId ?? TEST_VILLAGE_ID,
      });
      p.user = user;
      return p;
    },
    async createOfficial(name = 'Lương Văn Hùng', scope = {}) {
      const p = person();
      const province = scope.provinceCode !== undefined;
      await new UserRepository(db).insert({
        id: newId('usr'),
        phone: p.phone,
        role: province ? 'province_official' : 'official',
        communeCode: province ? null : (scope.communeCode ?? TEST_COMMUNE_CODE),
        provinceCode: scope.provinceCode ?? null,
        displayName: name,
        passwordHash: await hashPassword(p.password),
        createdAt: clock.now(),
      });
      p.user = (await p.client.auth.login.mutate({ phone: p.phone, password: p.password })).user;
      return p;
    },
    async createHelper(options = {}) {
      // The province's official may appoint in any commune's village.
      const official = options.official ?? (await server.createOfficial(undefined, { provinceCode: '20' }));
      const p = await server.registerBuyer(options.name ?? 'Hoàng Văn Nam');
      await official.client.admin.appoint.mutate({
        userId: p.user?.id ?? '',
        role: 'helper',
        villageId: options.villageId ?? TEST_VILLAGE_ID,
      });
      p.user = (await p.client.auth.me.query()).user;
      return p;
    },
    async dbDump(dumpOptions = {}) {
      const exclude = new Set<string>(dumpOptions.exclude ?? []);
      const dump: Record<string, unknown[]> = {};
      for (const table of Object.keys(TABLE_COLUMNS) as TableName[]) {
        if (exclude.has(table)) continue;
        dump[table] = sortRows(await db.selectFrom(table).selectAll().execute());
      }
      return dump;
    },
    async close() {
      await app.close();
      if (ownPhotos) rmSync(photosDir, { recursive: true, force: true });
    },
  };
  return server;
}

function isCi(): boolean {
  const ci = process.env.CI?.toLowerCase();
  return ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
}

/** A slot filled before the describe block's tests run: `server.current` is the running server. */
export interface TestServerSlot {
  readonly current: TestServer;
}

/**
 * A fresh database of `dialect` and a server over it for the surrounding describe block, closed and dropped after
 * it. PostgreSQL down: the block's tests skip with the reason (fail in CI).
 */
export function useTestServer(dialect: DialectName, options: TestServerOptions = {}): TestServerSlot {
  let server: TestServer | undefined;
  let database: TestDatabase | undefined;
  let skipReason: string | undefined;
  beforeAll(async () => {
    try {
      database = await createTestDatabase(dialect);
    } catch (error) {
      if (!(error instanceof PostgresUnavailableError) || isCi()) throw error;
      skipReason = `${error.message}. Skipping the PostgreSQL cases.`;
      console.warn(skipReason);
      return;
    }
    server = await startTestServer(database, options);
  }, 60_000);
  beforeEach((context) => {
    if (skipReason !== undefined) context.skip(skipReason);
  });
  afterAll(async () => {
    await server?.close();
    await database?.destroy();
  }, 60_000);
  return {
    get current() {
      if (!server) throw new Error('The test server starts in beforeAll: use it inside a test');
      return server;
    },
  };
}
