/**
 * Who may change what: every mutating procedure of the API, called by every kind of caller — signed out, the buyer
 * of the order and another buyer, the household that owns the shop and another household, the helper assigned to
 * that household and another helper, an official. A refused call gets UNAUTHORIZED or FORBIDDEN and changes
 * nothing in the database (a dump before and after); an allowed call succeeds with the very same input, so a
 * refusal is about the caller, never about the input. A mutation added to the router without a row here fails the
 * test. Another household's seller or helper acting for their OWN household (or a seller naming none) cannot reach
 * the owner's orders or listings either, and what anybody reads about themselves carries nothing of somebody else's.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DIALECTS } from '@nongsan/db/testing';
import { describe, expect, it } from 'vitest';
import {
  buildWorld,
  CALLERS,
  type Caller,
  callProcedure,
  MUTATIONS,
  type Outcome,
  PRIVATE_QUERIES,
  PUBLIC_MUTATIONS,
  PUBLIC_QUERIES,
  personFor,
  procedurePaths,
  uploadedPhotoKey,
  uploadPhoto,
  type World,
} from './api-world.ts';
import { failure } from './failure.ts';
import { TEST_COMMUNE_CODE, useTestServer } from './harness.ts';
import { placeRequest } from './order-fixtures.ts';

/** Who may upload a listing photo (whoever may make a listing), served at once. */
const PHOTO_UPLOADERS: readonly Caller[] = ['owner', 'otherSeller', 'helper', 'otherHelper'];
/** The files in a folder, none when it is not there yet. */
function listed(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir) : [];
}

/** Who may upload a photo for their review or complaint: buyers; it waits, unserved, until they attach it. */
const BUYER_PHOTO_UPLOADERS: readonly Caller[] = ['buyer', 'otherBuyer'];

/** Who may download each spreadsheet: whoever may read the same figures on screen. */
const EXPORT_ROWS: readonly { path: (w: World) => string; allowed: readonly Caller[] }[] = [
  { path: (w) => `/exports/orders.csv?householdId=${w.householdId}`, allowed: ['owner', 'helper'] },
  {
    path: () => `/exports/commune.csv?communeCode=${TEST_COMMUNE_CODE}`,
    allowed: ['helper', 'otherHelper', 'official', 'provinceOfficial'],
  },
  { path: () => '/exports/province.csv', allowed: ['provinceOfficial'] },
];

/**
 * Someone who acts for a household of their own, pointing at the owner's things: the other household's seller naming
 * their own household or none, the other helper naming the household assigned to them. The household check passes;
 * what must stop them is that the order or listing is not their shop's.
 */
const OWN_HOUSEHOLD: readonly { caller: Caller; householdId: (w: World) => string | undefined }[] = [
  { caller: 'otherSeller', householdId: (w) => w.otherHouseholdId },
  { caller: 'otherSeller', householdId: () => undefined },
  { caller: 'otherHelper', householdId: (w) => w.otherHouseholdId },
];

function actingFor(input: Record<string, unknown>, householdId: string | undefined): Record<string, unknown> {
  const { householdId: _named, ...rest } = input;
  return householdId === undefined ? rest : { ...rest, householdId };
}

/** Whether the input points at one particular order or listing (rather than at the household itself). */
const pointsAtAThing = (input: Record<string, unknown>) => 'orderId' in input || 'listingId' in input;

/**
 * What belongs to the owner's household or to the buyer and must not show in anybody else's reads: the buyer's user
 * id (on every order view) and their orders' ids; the owner's household id, listing and bank account number.
 */
async function secretsOf(w: World): Promise<{ buyer: string[]; shop: string[] }> {
  const orders = (await w.buyer.client.orders.mine.query()).items;
  const buyer = [w.buyer.user?.id ?? '', ...orders.map((o) => o.id)];
  return { buyer, shop: [...buyer, w.householdId, w.listingId, '1234567890'] };
}

describe('the authorization matrix', () => {
  it('has a row for every mutation of the API (a new one must say who may call it)', () => {
    expect(procedurePaths('mutation')).toEqual(
      [...Object.keys(MUTATIONS), ...Object.keys(PUBLIC_MUTATIONS)].sort(),
    );
  });
  it('has a row for every query that is not public', () => {
    expect(procedurePaths('query')).toEqual(
      [...Object.keys(PRIVATE_QUERIES), ...Object.keys(PUBLIC_QUERIES)].sort(),
    );
  });
});

for (const dialect of DIALECTS) {
  describe(`who may change what (${dialect})`, () => {
    const server = useTestServer(dialect);
    let world: World | undefined;
    const theWorld = async () => {
      world ??= await buildWorld(server.current);
      return world;
    };

    for (const [path, row] of Object.entries(MUTATIONS)) {
      it(`${path}: allowed for ${row.allowed.join(', ')}; refused for everybody else, changing nothing`, async () => {
        const w = await theWorld();
        let input = await row.prepare(w);
        for (const caller of CALLERS) {
          const person = personFor(w, caller);
          const expected: Outcome = row.allowed.includes(caller)
            ? 'ok'
            : caller === 'anonymous'
              ? 'UNAUTHORIZED'
              : (row.refused?.[caller] ?? 'FORBIDDEN');
          if (expected === 'ok') {
            await expect(
              callProcedure(person.client, 'mutation', path, input),
              `${caller} may`,
            ).resolves.toBeDefined();
            input = await row.prepare(w);
            continue;
          }
          const before = await server.current.dbDump();
          const error = await failure(callProcedure(person.client, 'mutation', path, input));
          expect(error.data?.code, `${caller} calling ${path}: ${error.message}`).toBe(expected);
          expect(await server.current.dbDump(), `${caller} calling ${path} changed nothing`).toEqual(before);
        }
      }, 60_000);
    }

    it("another household (its seller, its helper) acting for itself cannot touch the owner's orders or listings", async () => {
      const w = await theWorld();
      for (const [path, row] of Object.entries(MUTATIONS)) {
        if (row.moderates) continue;
        const input = await row.prepare(w);
        if (!pointsAtAThing(input)) continue;
        for (const { caller, householdId } of OWN_HOUSEHOLD) {
          const named = householdId(w);
          const what = `${caller} for ${named ?? 'no household named'} calling ${path}`;
          const before = await server.current.dbDump();
          const error = await failure(
            callProcedure(personFor(w, caller).client, 'mutation', path, actingFor(input, named)),
          ).catch((e: Error) => {
            throw new Error(`${what}: ${e.message}`);
          });
          expect(['FORBIDDEN', 'NOT_FOUND'], `${what}: ${error.message}`).toContain(error.data?.code);
          expect(await server.current.dbDump(), `${what} changed nothing`).toEqual(before);
        }
      }
    }, 120_000);

    it("the household's helper does everything the household may do for it, each recorded as the helper's; the other helper, for their own household, is refused", async () => {
      const w = await theWorld();
      const helperId = w.helper.user?.id ?? '';
      const activity = async (householdId: string) =>
        (await w.helper.client.households.activity.query({ householdId, limit: 100 })).items;
      let acted = 0;
      for (const [path, row] of Object.entries(MUTATIONS)) {
        if (!row.allowed.includes('owner') || row.ownLogin) continue;
        expect(row.allowed, `${path}: the household may, so its helper may`).toContain('helper');
        const input = await row.prepare(w);
        const householdId = typeof input.householdId === 'string' ? input.householdId : w.householdId;
        const before = new Set((await activity(householdId)).map((entry) => entry.id));
        await callProcedure(w.helper.client, 'mutation', path, { ...input, householdId });
        const recorded = (await activity(householdId)).filter((entry) => !before.has(entry.id));
        expect(recorded.length, `${path} by the helper is in the household's activity`).toBeGreaterThan(0);
        for (const entry of recorded) {
          expect(entry, `${path}: recorded as the helper's`).toMatchObject({
            actorUserId: helperId,
            actorRole: 'helper',
            actorName: 'Lường Văn Nam',
            householdId,
          });
        }
        acted += 1;

        // Another household's helper reaches none of it: naming this household, or (for an order or a listing)
        // the household assigned to them.
        const again = await row.prepare(w);
        const named = pointsAtAThing(again) ? [householdId, w.otherHouseholdId] : [householdId];
        for (const household of named) {
          const what = `otherHelper for ${household === householdId ? 'this' : 'their own'} household calling ${path}`;
          const dump = await server.current.dbDump();
          const error = await failure(
            callProcedure(w.otherHelper.client, 'mutation', path, actingFor(again, household)),
          );
          expect(['FORBIDDEN', 'NOT_FOUND'], `${what}: ${error.message}`).toContain(error.data?.code);
          expect(await server.current.dbDump(), `${what} changed nothing`).toEqual(dump);
        }
      }
      // Payment accounts, the shop, three listing changes and every step of an order.
      expect(acted).toBeGreaterThanOrEqual(12);
    }, 120_000);

    it("what someone reads for themselves carries nothing of the owner's household or of the buyer", async () => {
      const w = await theWorld();
      const secrets = await secretsOf(w);
      const readers: readonly { caller: Caller; householdId: (w: World) => string | undefined }[] = [
        ...OWN_HOUSEHOLD,
        { caller: 'otherHelper', householdId: () => undefined },
        { caller: 'otherBuyer', householdId: () => undefined },
      ];
      // The commune's figures are shared with every helper and official by design, and so are its shops' latest
      // reviews (each already public on its shop's page), for them to hide an abusive one; everything else is private.
      const privateReads = Object.entries(PRIVATE_QUERIES).filter(
        ([path]) => !path.startsWith('commune.') && path !== 'reviews.ofCommune',
      );
      let shown = 0;
      for (const [path, row] of privateReads) {
        const input = await row.prepare(w);
        for (const { caller, householdId } of readers) {
          const named = householdId(w);
          const what = `${caller} for ${named ?? 'no household named'} reading ${path}`;
          const call = callProcedure(personFor(w, caller).client, 'query', path, actingFor(input, named));
          if (pointsAtAThing(input)) {
            const error = await failure(call).catch((e: Error) => {
              throw new Error(`${what}: ${e.message}`);
            });
            expect(['FORBIDDEN', 'NOT_FOUND'], `${what}: ${error.message}`).toContain(error.data?.code);
            continue;
          }
          const result = await call.catch(() => undefined);
          if (result === undefined) continue; // refused: the matrix above says by whom
          shown += 1;
          const text = JSON.stringify(result);
          for (const secret of caller === 'otherBuyer' ? secrets.buyer : secrets.shop)
            expect(text.includes(secret), `${what} shows ${secret}`).toBe(false);
        }
      }
      // The check has something to look at: the other household's and the other buyer's own reads answer.
      expect(shown).toBeGreaterThan(10);
    }, 120_000);

    it('POST /photos: a seller or helper uploads a served photo, a buyer one only they can attach, nobody else, and a refusal stores nothing', async () => {
      const w = await theWorld();
      const pendingDir = join(server.current.photosDir, 'pending');
      const stored = () => [...readdirSync(server.current.photosDir), ...listed(pendingDir)].sort();
      for (const caller of CALLERS) {
        const before = stored();
        const response = await uploadPhoto(personFor(w, caller));
        const body = (await response.json()) as {
          key?: string;
          url?: string | null;
          error?: { data?: { code?: string } };
        };
        if (PHOTO_UPLOADERS.includes(caller)) {
          expect(response.status, `${caller} may upload`).toBe(201);
          expect(readdirSync(server.current.photosDir), `${caller}'s photo is stored`).toContain(body.key);
          expect(
            (await fetch(`${server.current.url}${body.url}`)).status,
            `${caller}'s photo is served`,
          ).toBe(200);
          continue;
        }
        if (BUYER_PHOTO_UPLOADERS.includes(caller)) {
          expect(response.status, `${caller} may upload`).toBe(201);
          expect(body.url, `${caller}'s photo has no address yet`).toBeNull();
          expect(listed(pendingDir), `${caller}'s photo waits`).toContain(body.key);
          // Nobody fetches a waiting photo, by its key or by where it waits.
          for (const path of [`/photos/${body.key}`, `/photos/pending/${body.key}`, '/photos/pending/'])
            expect((await fetch(`${server.current.url}${path}`)).status, `${path} of ${caller}`).toBe(404);
          continue;
        }
        const expected = caller === 'anonymous' ? 'UNAUTHORIZED' : 'FORBIDDEN';
        expect(body.error?.data?.code, `${caller} uploading`).toBe(expected);
        expect(response.status, `${caller} uploading`).toBe(expected === 'UNAUTHORIZED' ? 401 : 403);
        expect(stored(), `${caller} uploading stored nothing`).toEqual(before);
      }
    });

    it("a buyer attaches only a photo they uploaded to their review: another buyer's is refused and stays unseen", async () => {
      const w = await theWorld();
      const prepared = await MUTATIONS['reviews.create']?.prepare(w);
      const othersKey = await uploadedPhotoKey(w.otherBuyer);
      const before = await server.current.dbDump();
      const refused = await failure(
        w.buyer.client.reviews.create.mutate({ ...(prepared as object), photo: othersKey } as never),
      );
      expect(refused.data).toMatchObject({ code: 'BAD_REQUEST', domainCode: 'photo.not_yours' });
      expect(await server.current.dbDump()).toEqual(before);
      expect((await fetch(`${server.current.url}/photos/${othersKey}`)).status).toBe(404);
    });

    it('POST /webhooks/sepay: only the bank-notification key lets a notification in, no session does', async () => {
      const w = await theWorld();
      const body = JSON.stringify({
        id: 990_001,
        gateway: 'Vietcombank',
        transactionDate: '2025-06-15 08:30:00',
        accountNumber: '1234567890',
        content: 'tien thanh long',
        transferType: 'in',
        transferAmount: 56_000,
      });
      const before = await server.current.dbDump();
      for (const caller of CALLERS) {
        const response = await personFor(w, caller).fetch('/webhooks/sepay', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        });
        const answer = (await response.json()) as { error?: { data?: { code?: string } } };
        expect(response.status, `${caller} posting a notification`).toBe(401);
        expect(answer.error?.data?.code, `${caller} posting a notification`).toBe('UNAUTHORIZED');
      }
      expect(await server.current.dbDump()).toEqual(before);
    });

    it('GET /exports/… (the spreadsheets): each to the people who see the same figures on screen, to nobody else', async () => {
      const w = await theWorld();
      // An order of the owner's, whose reference nobody else's file may carry.
      const { orders } = await w.buyer.client.orders.place.mutate(placeRequest(w.listingId, 1_000));
      const reference = orders[0]?.reference ?? '';
      for (const row of EXPORT_ROWS) {
        const path = row.path(w);
        for (const caller of CALLERS) {
          const response = await personFor(w, caller).fetch(path);
          if (row.allowed.includes(caller)) {
            expect(response.status, `${caller} downloading ${path}`).toBe(200);
            expect(response.headers.get('content-disposition'), path).toMatch(/^attachment; filename="/);
            await response.arrayBuffer();
            continue;
          }
          const body = (await response.json()) as { error?: { data?: { code?: string } } };
          const expected = caller === 'anonymous' ? 'UNAUTHORIZED' : 'FORBIDDEN';
          expect(body.error?.data?.code, `${caller} downloading ${path}`).toBe(expected);
          expect(response.status, `${caller} downloading ${path}`).toBe(
            expected === 'UNAUTHORIZED' ? 401 : 403,
          );
        }
      }
      expect((await (await w.owner.fetch('/exports/orders.csv')).text()).includes(reference)).toBe(true);
      // Another household's own file, named or not, carries nothing of the owner's.
      for (const { caller, householdId } of OWN_HOUSEHOLD) {
        const query = householdId(w) === undefined ? '' : `?householdId=${householdId(w)}`;
        const response = await personFor(w, caller).fetch(`/exports/orders.csv${query}`);
        expect(response.status, `${caller} downloading their own orders`).toBe(200);
        expect((await response.text()).includes(reference), `${caller}'s file shows the owner's order`).toBe(
          false,
        );
      }
    });

    for (const [path, row] of Object.entries(PRIVATE_QUERIES)) {
      it(`${path}: shown to ${row.allowed.join(', ')}; to nobody else`, async () => {
        const w = await theWorld();
        const input = await row.prepare(w);
        for (const caller of CALLERS) {
          const call = callProcedure(personFor(w, caller).client, 'query', path, input);
          if (row.allowed.includes(caller)) {
            await expect(call, `${caller} may read`).resolves.toBeDefined();
            continue;
          }
          const error = await failure(call);
          const expected = caller === 'anonymous' ? 'UNAUTHORIZED' : (row.refused?.[caller] ?? 'FORBIDDEN');
          expect(error.data?.code, `${caller} reading ${path}: ${error.message}`).toBe(expected);
        }
      }, 60_000);
    }
  });
}
