/**
 * Bad input, everywhere: every procedure of the API that takes input is sent its valid input spoiled one field at a
 * time — the field missing, of the wrong type, a huge string, a negative or fractional number, an id that names
 * nothing — and spoiled as a whole ({}, null, a number, a huge string, a list). Each must be refused with
 * BAD_REQUEST (NOT_FOUND for an id that names nothing, FORBIDDEN for a household that is not the caller's) carrying
 * problems in Vietnamese and English that name the field, never a server error, and the database must be as it
 * was. A generic pass sends {}, null, a number and a huge string to every procedure, with input or without. The
 * HTTP layer too: a body too large, broken JSON, a body that is not JSON and a GET for a mutation get a 4xx with a
 * Vietnamese text.
 */

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type AppRouter, appRouter } from '@nongsan/api';
import { DIALECTS } from '@nongsan/db/testing';
import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import {
  buildWorld,
  type Caller,
  callProcedure,
  type Kind,
  MUTATIONS,
  PRIVATE_QUERIES,
  type Prepare,
  PUBLIC_MUTATIONS,
  PUBLIC_QUERIES,
  personFor,
  procedurePaths,
  type World,
} from './api-world.ts';
import { failure } from './failure.ts';
import { TEST_SEPAY_API_KEY, TEST_VILLAGE_ID, testPhone, useTestServer } from './harness.ts';

/** A valid SePay notification, then spoiled: bodies the bank webhook must refuse with 400 in words. */
const NOTIFICATION = {
  id: 990_100,
  gateway: 'Vietcombank',
  transactionDate: '2025-06-15 08:30:00',
  accountNumber: '1234567890',
  content: 'DHABCD1234 NONGSAN',
  transferType: 'in',
  transferAmount: 56_000,
};
const BAD_NOTIFICATIONS: unknown[] = [
  '{"id": 1, "gateway": ',
  {},
  [NOTIFICATION],
  { ...NOTIFICATION, id: undefined },
  { ...NOTIFICATION, id: 'x'.repeat(100_000) },
  { ...NOTIFICATION, transferAmount: -56_000 },
  { ...NOTIFICATION, transferAmount: 56_000.5 },
  { ...NOTIFICATION, transferAmount: '56000' },
  { ...NOTIFICATION, transactionDate: '15/06/2025' },
  { ...NOTIFICATION, transferType: 'both' },
  { ...NOTIFICATION, accountNumber: '' },
  { ...NOTIFICATION, content: 'x'.repeat(200_000) },
];

/** Query strings a spreadsheet download must refuse, each by a caller who may download it: a 4xx in words. */
const BAD_EXPORTS: readonly { caller: Caller; path: string; status: number }[] = [
  { caller: 'owner', path: '/exports/orders.csv?month=2025-13', status: 400 },
  { caller: 'owner', path: '/exports/orders.csv?month=06/2025', status: 400 },
  { caller: 'owner', path: '/exports/orders.csv?month=2025-06&month=2025-07', status: 400 },
  { caller: 'owner', path: '/exports/orders.csv?householdId=', status: 400 },
  { caller: 'owner', path: `/exports/orders.csv?householdId=${'x'.repeat(5_000)}`, status: 400 },
  { caller: 'owner', path: '/exports/orders.csv?shopId=abc', status: 400 },
  { caller: 'owner', path: '/exports/orders.csv?householdId=no-such-household', status: 403 },
  { caller: 'helper', path: '/exports/orders.csv', status: 400 },
  { caller: 'official', path: '/exports/commune.csv?communeCode=abc', status: 400 },
  { caller: 'official', path: '/exports/commune.csv?communeCode=99999', status: 404 },
  { caller: 'provinceOfficial', path: '/exports/commune.csv', status: 400 },
  { caller: 'provinceOfficial', path: '/exports/province.csv?communeCode=06325', status: 400 },
];

/**
 * Strings far longer than any field allows: a 1 MB one in a mutation's body (just inside the 1 MiB body limit, so the
 * API itself answers, and its answer does not echo the string back) and in a query's URL as long as a request line
 * may be (Node answers longer ones on its own).
 */
const HUGE: Record<Kind, string> = { mutation: 'x'.repeat(1_000_000), query: 'x'.repeat(5_000) };
const UNKNOWN_ID = 'khong-ton-tai-0001';
/** A letter only Vietnamese text has (ă, â, đ, ê, ô, ơ, ư or a tone mark). */
const VIETNAMESE = /[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵấầẩẫậắằẳẵặếềểễệốồổỗộớờởỡợứừửữự]/i;

type Expected = 'BAD_REQUEST' | 'NAMES_NOTHING';

interface BadCase {
  readonly label: string;
  readonly input: unknown;
  readonly expected: Expected;
  /** The top-level field the problem is about, when the case spoils one. */
  readonly field?: string;
}

interface Schema {
  safeParse(input: unknown): { success: boolean };
}

function inputSchema(path: string): Schema | null {
  const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { inputs: Schema[] } }>;
  return procedures[path]?._def.inputs[0] ?? null;
}

/** A copy of `input` with the value at `path` replaced (or removed when `value` is `REMOVE`). */
const REMOVE = Symbol('remove');
function withValue(input: unknown, path: readonly (string | number)[], value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  const copy = (Array.isArray(input) ? [...input] : { ...(input as object) }) as Record<
    string | number,
    unknown
  >;
  if (rest.length === 0 && value === REMOVE) delete copy[head];
  else copy[head] = withValue(copy[head], rest, value);
  return copy;
}

/** Every leaf of a valid input with its path (into nested objects and the first element of lists). */
function leaves(
  value: unknown,
  path: (string | number)[] = [],
): { path: (string | number)[]; value: unknown }[] {
  if (Array.isArray(value)) return value.length > 0 ? leaves(value[0], [...path, 0]) : [];
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, v]) => leaves(v, [...path, key]));
  return [{ path, value }];
}

function wrongTypeOf(value: unknown): unknown {
  if (typeof value === 'string') return 12_345;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return 'có';
  return 'x';
}

/** The spoiled inputs for one procedure, from its valid input and its schema. */
function badCases(valid: Record<string, unknown>, schema: Schema, huge: string): BadCase[] {
  const cases: BadCase[] = [
    // An empty object is bad input only when something is required (every field may have a default).
    ...(schema.safeParse({}).success
      ? []
      : [{ label: 'an empty object', input: {}, expected: 'BAD_REQUEST' as const }]),
    { label: 'null instead of an object', input: null, expected: 'BAD_REQUEST' },
    { label: 'a number instead of an object', input: 42, expected: 'BAD_REQUEST' },
    { label: 'a huge string instead of an object', input: huge, expected: 'BAD_REQUEST' },
    { label: 'a list instead of an object', input: [valid], expected: 'BAD_REQUEST' },
  ];
  for (const leaf of leaves(valid)) {
    const name = leaf.path.join('.');
    const field = String(leaf.path[0]);
    const spoil = (label: string, value: unknown, expected: Expected = 'BAD_REQUEST') =>
      cases.push({ label: `${name}: ${label}`, input: withValue(valid, leaf.path, value), expected, field });
    const missing = withValue(valid, leaf.path, REMOVE);
    // A field the schema lets go missing (it has a default, or is optional) is not bad input.
    if (!schema.safeParse(missing).success) spoil('missing', REMOVE);
    spoil('of the wrong type', wrongTypeOf(leaf.value));
    if (typeof leaf.value === 'string') {
      spoil('a huge string', huge);
      // A page's cursor is ours only: text that is not one (not base64url JSON, or not a position) is refused.
      if (name === 'cursor') {
        spoil('not a cursor', 'khong-phai-con-tro');
        spoil('a cursor of another shape', Buffer.from('{"page": 2}', 'utf8').toString('base64url'));
      }
      if (
        /Id$/.test(String(leaf.path.at(-1))) &&
        schema.safeParse(withValue(valid, leaf.path, UNKNOWN_ID)).success
      )
        spoil('an id that names nothing', UNKNOWN_ID, 'NAMES_NOTHING');
    }
    if (typeof leaf.value === 'number') {
      spoil('negative', -Math.abs(leaf.value) - 1);
      spoil('fractional', leaf.value + 0.5);
    }
  }
  return cases;
}

interface Entry {
  readonly kind: Kind;
  readonly path: string;
  readonly prepare: Prepare;
  /** Who sends the spoiled input: someone the procedure lets through, so it is the input that is judged. */
  readonly caller: Caller;
  /** Which of the input's shapes, when the procedure takes more than one. */
  readonly shape?: string;
}

const ENTRIES: Entry[] = [
  ...Object.entries(MUTATIONS).map(([path, row]) => ({
    kind: 'mutation' as const,
    path,
    prepare: row.prepare,
    caller: row.allowed.at(-1) ?? 'anonymous',
  })),
  ...Object.entries(PRIVATE_QUERIES).map(([path, row]) => ({
    kind: 'query' as const,
    path,
    prepare: row.prepare,
    caller: row.allowed.at(-1) ?? 'anonymous',
  })),
  ...Object.entries(PUBLIC_MUTATIONS).map(([path, prepare]) => ({
    kind: 'mutation' as const,
    path,
    prepare,
    caller: 'anonymous' as const,
  })),
  ...Object.entries(PUBLIC_QUERIES).map(([path, prepare]) => ({
    kind: 'query' as const,
    path,
    prepare,
    caller: 'anonymous' as const,
  })),
  // The other shapes an input may take (a union's other branch), spoiled the same way.
  {
    kind: 'mutation' as const,
    path: 'auth.register',
    shape: 'a household',
    prepare: async () => ({
      kind: 'household',
      phone: testPhone(),
      password: 'mat-khau-ho-2',
      displayName: 'Lộc Thị Nga',
      villageId: TEST_VILLAGE_ID,
    }),
    caller: 'anonymous' as const,
  },
  {
    kind: 'mutation' as const,
    path: 'households.addPaymentAccount',
    shape: 'a bank account',
    prepare: async (w: World) => ({
      householdId: w.householdId,
      account: { kind: 'bank', bin: '970436', accountNumber: '0011004455667', holderName: 'HOANG VAN THANG' },
      makeDefault: true,
    }),
    caller: 'helper' as const,
  },
].filter((entry) => inputSchema(entry.path) !== null);

for (const dialect of DIALECTS) {
  describe(`bad input (${dialect})`, () => {
    const server = useTestServer(dialect);
    let world: World | undefined;
    const theWorld = async () => {
      world ??= await buildWorld(server.current);
      return world;
    };

    for (const entry of ENTRIES) {
      it(`${entry.path}${entry.shape ? ` (${entry.shape})` : ''}: refused plainly, field by field, and nothing changes`, async () => {
        const w = await theWorld();
        const valid = await entry.prepare(w);
        const schema = inputSchema(entry.path);
        if (!schema) throw new Error(`${entry.path} takes no input`);
        const client = personFor(w, entry.caller).client;
        const before = await server.current.dbDump();
        for (const bad of badCases(valid, schema, HUGE[entry.kind])) {
          const error = await failure(callProcedure(client, entry.kind, entry.path, bad.input)).catch(
            (e: Error) => {
              throw new Error(`${entry.path} with ${bad.label}: ${e.message}`);
            },
          );
          const what = `${entry.path} with ${bad.label}: ${error.data?.code} ${error.message}`;
          if (bad.expected === 'BAD_REQUEST') expect(error.data?.code, what).toBe('BAD_REQUEST');
          else expect(['NOT_FOUND', 'FORBIDDEN'], what).toContain(error.data?.code);
          const problems = error.data?.problems ?? [];
          // The answer is about the input, it does not carry it back (a 1 MB string answered with 1 MB).
          expect(error.message.length + JSON.stringify(error.data).length, what).toBeLessThan(20_000);
          expect(problems.length, what).toBeGreaterThan(0);
          for (const problem of problems) {
            // Vietnamese first (it has its marks: a raw English or zod text would not), English beside it.
            expect(problem.vi, what).toMatch(VIETNAMESE);
            expect(problem.en.trim().length, what).toBeGreaterThan(0);
          }
          // A spoiled field (an unknown id too) is named: the app shows the message beside it.
          if (bad.field !== undefined)
            expect(
              problems.map((p) => String(p.path[0])),
              what,
            ).toContain(bad.field);
        }
        expect(await server.current.dbDump(), `${entry.path}: bad input changed nothing`).toEqual(before);
      }, 60_000);
    }

    it('every procedure, sent {}, null, a number or a huge string, answers it or refuses plainly, never a server error', async () => {
      const w = await theWorld();
      const callers = new Map<string, Caller>(ENTRIES.map((entry) => [entry.path, entry.caller]));
      for (const row of [...Object.entries(MUTATIONS), ...Object.entries(PRIVATE_QUERIES)])
        callers.set(row[0], row[1].allowed.at(-1) ?? 'anonymous');
      for (const kind of ['mutation', 'query'] as const) {
        for (const path of procedurePaths(kind)) {
          const client = personFor(w, callers.get(path) ?? 'anonymous').client;
          const before = await server.current.dbDump();
          let answered = false;
          for (const input of [{}, null, 42, HUGE[kind]]) {
            const what = `${path} sent ${JSON.stringify(input).slice(0, 20)}`;
            const result = await callProcedure(client, kind, path, input).then(
              () => null,
              (error: unknown) => error,
            );
            if (result === null) {
              answered = true;
              continue;
            }
            if (!(result instanceof TRPCClientError)) throw result;
            const error = result as TRPCClientError<AppRouter>;
            expect(error.data?.code, `${what}: ${error.message}`).not.toBe('INTERNAL_SERVER_ERROR');
            expect(error.data?.httpStatus, `${what}: ${error.message}`).toBeLessThan(500);
            const problems = error.data?.problems ?? [];
            expect(problems.length, what).toBeGreaterThan(0);
            for (const problem of problems) expect(problem.vi, what).toMatch(VIETNAMESE);
          }
          // A procedure that answered (no input needed, or all of it defaulted) may have done its work.
          if (!answered)
            expect(await server.current.dbDump(), `${path}: bad input changed nothing`).toEqual(before);
        }
      }
    }, 120_000);

    it('refuses a spreadsheet download asked with a bad query with a 4xx naming the field, in words', async () => {
      const w = await theWorld();
      for (const request of BAD_EXPORTS) {
        const response = await personFor(w, request.caller).fetch(request.path);
        const body = (await response.json()) as {
          error?: { data?: { problems?: { vi: string; en: string; path: unknown[] }[] } };
        };
        const what = `${request.caller} ${request.path.slice(0, 80)}: ${response.status} ${JSON.stringify(body).slice(0, 300)}`;
        expect(response.status, what).toBe(request.status);
        const problems = body.error?.data?.problems ?? [];
        expect(problems.length, what).toBeGreaterThan(0);
        for (const problem of problems) {
          expect(problem.vi, what).toMatch(VIETNAMESE);
          expect(problem.vi, what).not.toMatch(/sự cố/);
          expect(problem.en.length, what).toBeGreaterThan(0);
        }
      }
    });

    it('answers what HTTP cannot carry (too large, broken JSON, not JSON, a GET for a change) with a 4xx in words', async () => {
      const w = await theWorld();
      const before = await server.current.dbDump();
      const json = { 'content-type': 'application/json' };
      const requests: { label: string; path: string; init: RequestInit; status?: number }[] = [
        {
          label: 'a 2 MB body',
          path: '/trpc/orders.place',
          init: {
            method: 'POST',
            headers: json,
            body: JSON.stringify({ idempotencyKey: 'k', note: 'x'.repeat(2_000_000) }),
          },
          status: 413,
        },
        {
          label: 'broken JSON',
          path: '/trpc/orders.place',
          init: { method: 'POST', headers: json, body: '{"idempotencyKey": "k", "lines": [' },
        },
        {
          label: 'broken JSON in a query',
          path: `/trpc/listings.search?input=${encodeURIComponent('{"query": "thanh')}`,
          init: {},
        },
        {
          label: 'plain text instead of JSON',
          path: '/trpc/orders.place',
          init: { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'đặt 3 kg thanh long' },
        },
        { label: 'a GET for a change', path: '/trpc/orders.place', init: {} },
        ...BAD_NOTIFICATIONS.map((body, i) => ({
          label: `a bad bank notification (${i})`,
          path: '/webhooks/sepay',
          init: {
            method: 'POST',
            headers: { ...json, authorization: `Apikey ${TEST_SEPAY_API_KEY}` },
            body: typeof body === 'string' ? body : JSON.stringify(body),
          },
          status: 400,
        })),
      ];
      // A buyer's photo for their review: too large, not a picture, a text renamed .jpg, only a JPEG's first bytes,
      // no file at all. Refused with the same words as a seller's, and nothing waits.
      const photoForm = (bytes: Uint8Array, name: string, type: string) => {
        const form = new FormData();
        form.append('file', new Blob([bytes], { type }), name);
        return form;
      };
      const badPhotos: { label: string; body: FormData; status: number }[] = [
        {
          label: 'a 3 MB photo',
          body: photoForm(new Uint8Array(3 * 1024 * 1024).fill(0xff), 'qua.jpg', 'image/jpeg'),
          status: 413,
        },
        {
          label: 'a text renamed .jpg',
          body: photoForm(Buffer.from('thanh long ngọt'), 'qua.jpg', 'image/jpeg'),
          status: 415,
        },
        {
          label: 'a PDF',
          body: photoForm(Buffer.from('%PDF-1.4\n%…'), 'hoa-don.pdf', 'application/pdf'),
          status: 415,
        },
        {
          label: 'only the first bytes of a JPEG',
          body: photoForm(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), 'qua.jpg', 'image/jpeg'),
          status: 415,
        },
        { label: 'no file', body: new FormData(), status: 400 },
      ];
      for (const photo of badPhotos)
        requests.push({
          label: `a buyer's photo: ${photo.label}`,
          path: '/photos',
          init: { method: 'POST', body: photo.body },
          status: photo.status,
        });
      const waiting = () => {
        const dir = join(server.current.photosDir, 'pending');
        return existsSync(dir) ? readdirSync(dir).sort() : [];
      };
      const waitingBefore = waiting();
      for (const request of requests) {
        const response = await w.buyer.fetch(request.path, request.init);
        const body = (await response.json()) as { error?: { data?: { text?: { vi: string; en: string } } } };
        const what = `${request.label}: ${response.status} ${JSON.stringify(body).slice(0, 300)}`;
        if (request.status) expect(response.status, what).toBe(request.status);
        expect(response.status, what).toBeGreaterThanOrEqual(400);
        expect(response.status, what).toBeLessThan(500);
        // The apps show `error.data.text`: Vietnamese, and not the words for a failure of the server.
        const text = body.error?.data?.text;
        expect(text?.vi, what).toMatch(VIETNAMESE);
        expect(text?.vi, what).not.toMatch(/sự cố/);
        expect(text?.en.length, what).toBeGreaterThan(0);
      }
      expect(await server.current.dbDump()).toEqual(before);
      expect(waiting()).toEqual(waitingBefore);
    });
  });
}
