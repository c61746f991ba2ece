/**
 * `orders.place` answered by the direct route (`direct-mutation-routes.ts`) is byte for byte what tRPC's own Fastify
 * adapter answers to the same request: the same status, body, `content-type` and `vary`, for an order, its replay,
 * and every kind of mistake (bad fields, a body that is not JSON, no body, a malformed batch, nobody signed in). The
 * adapter runs in a second Fastify app over the same database with the same context, as `app.ts` had it before.
 * One dialect is enough: the route does no SQL.
 */
import fastifyCookie from '@fastify/cookie';
import {
  type AppDeps,
  type AppRouter,
  appRouter,
  placementsFor,
  SearchCache,
  type SearchPage,
} from '@nongsan/api';
import { type FastifyTRPCPluginOptions, fastifyTRPCPlugin } from '@trpc/server/adapters/fastify';
import Fastify, { type FastifyInstance, type LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Person, useTestServer } from '../../test/harness.ts';
import { openShopWithListing, placeRequest } from '../../test/order-fixtures.ts';
import { DIRECT_MUTATIONS } from './direct-mutation-routes.ts';
import { createContextFactory } from './session-context.ts';

const SESSION_SECRET = 'test-secret-test-secret-test-secret-1234';

interface Sent {
  readonly url: string;
  readonly body?: string;
  readonly contentType?: string;
  readonly signedIn?: boolean;
  readonly headers?: Record<string, string>;
}

function answerOf(response: LightMyRequestResponse) {
  return {
    status: response.statusCode,
    contentType: response.headers['content-type'],
    vary: response.headers.vary,
    body: response.body,
  };
}

describe('orders.place through the direct route', () => {
  const server = useTestServer('sqlite');
  let adapter: FastifyInstance;
  let buyer: Person;
  let listingId = '';

  beforeAll(async () => {
    const { app, database, dialect, clock, photosDir } = server.current;
    adapter = Fastify();
    await adapter.register(fastifyCookie, { secret: SESSION_SECRET });
    const deps: AppDeps = {
      db: database.db,
      dialect,
      clock,
      searchCache: new SearchCache<SearchPage>(),
      placements: placementsFor(database.db, dialect),
      config: { photosDir, pushPublicKey: null },
    };
    await adapter.register(fastifyTRPCPlugin, {
      prefix: '/trpc',
      trpcOptions: {
        router: appRouter,
        createContext: createContextFactory(deps),
      } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
    });
    await adapter.ready();
    expect(app.hasRoute({ method: 'POST', url: '/trpc/orders.place' })).toBe(true);

    const seller = await server.current.registerHousehold();
    listingId = (await openShopWithListing(seller.client, 50_000)).id;
    buyer = await server.current.registerBuyer();
  });
  afterAll(async () => {
    await adapter?.close();
  });

  const send = (app: FastifyInstance, sent: Sent) =>
    app.inject({
      method: 'POST',
      url: sent.url,
      headers: {
        'content-type': sent.contentType ?? 'application/json',
        ...(sent.signedIn === false ? {} : { cookie: buyer.cookies.header() }),
        ...sent.headers,
      },
      ...(sent.body === undefined ? {} : { payload: sent.body }),
    });

  it('is the route the server answers orders.place with', () => {
    expect(DIRECT_MUTATIONS).toContain('orders.place');
  });

  it('leaves a streamed batch (httpBatchStreamLink) to the adapter', async () => {
    const sent: Sent = {
      url: '/trpc/orders.place?batch=1',
      body: JSON.stringify({ 0: placeRequest(listingId, 1_000) }),
      headers: { 'trpc-accept': 'application/jsonl' },
    };
    const direct = await send(server.current.app, sent);
    expect(direct.statusCode).toBe(200);
    expect(direct.headers['transfer-encoding']).toBe('chunked');
    const replayed = await send(adapter, sent);
    expect(answerOf(direct)).toEqual(answerOf(replayed));
  });

  it('answers an order, and the same order sent again, as the adapter does', async () => {
    const body = JSON.stringify(placeRequest(listingId, 1_000));
    const direct = await send(server.current.app, { url: '/trpc/orders.place', body });
    expect(direct.statusCode).toBe(200);
    // The adapter, sent the same key and body, replays the stored answer: the same bytes.
    const viaAdapter = await send(adapter, { url: '/trpc/orders.place', body });
    expect(answerOf(direct)).toEqual(answerOf(viaAdapter));
    // And as the apps send it, a batch of one.
    const batchBody = JSON.stringify({ 0: placeRequest(listingId, 1_000) });
    const batched = await send(server.current.app, { url: '/trpc/orders.place?batch=1', body: batchBody });
    const batchedAdapter = await send(adapter, { url: '/trpc/orders.place?batch=1', body: batchBody });
    expect(batched.statusCode).toBe(200);
    expect(answerOf(batched)).toEqual(answerOf(batchedAdapter));
  });

  const mistakes: Record<string, Sent> = {
    'fields of the wrong type': {
      url: '/trpc/orders.place',
      body: JSON.stringify({ ...placeRequest('x', 1_000), lines: [{ listingId: 7, quantity: 'một ký' }] }),
    },
    'a listing that does not exist': {
      url: '/trpc/orders.place',
      body: JSON.stringify(placeRequest('no-such-listing', 1_000)),
    },
    'a body that is not JSON': { url: '/trpc/orders.place', body: '{"idempotencyKey": ' },
    'a body with a byte-order mark': {
      url: '/trpc/orders.place',
      body: `\uFEFF${JSON.stringify({ idempotencyKey: 'k' })}`,
    },
    'no body': { url: '/trpc/orders.place', body: '' },
    'a batch that is not an object': { url: '/trpc/orders.place?batch=1', body: '[1, 2]' },
    'a batch without its call': { url: '/trpc/orders.place?batch=1', body: '{"1": {}}' },
    'a batch with bad fields': {
      url: '/trpc/orders.place?batch=1',
      body: JSON.stringify({ 0: { lines: [] } }),
    },
    'nobody signed in': {
      url: '/trpc/orders.place',
      body: JSON.stringify(placeRequest(listingId, 1_000)),
      signedIn: false,
    },
  };
  for (const [mistake, sent] of Object.entries(mistakes)) {
    it(`refuses ${mistake} in the adapter's words, status and headers`, async () => {
      const direct = await send(server.current.app, sent);
      const viaAdapter = await send(adapter, sent);
      expect(direct.statusCode).toBeGreaterThanOrEqual(400);
      expect(answerOf(direct)).toEqual(answerOf(viaAdapter));
    });
  }
});
