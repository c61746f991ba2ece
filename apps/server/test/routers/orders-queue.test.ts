import { request } from 'node:http';
import { DIALECTS } from '@nongsan/db/testing';
import { describe, expect, it } from 'vitest';
import { type Person, useTestServer } from '../harness.ts';
import { openShopWithListing, placeRequest } from '../order-fixtures.ts';

/** The bound of the test servers' checkout queue: small, so a flood of 60 checkouts overflows it. */
const LIMIT = 4;

for (const dialect of DIALECTS) {
  describe(`orders.place under a flood (${dialect})`, () => {
    const server = useTestServer(dialect, { orderQueueLimit: LIMIT });

    it('answers every checkout of a flood at once: placed (200) or busy (503, Retry-After, in both languages)', async () => {
      const seller = await server.current.registerHousehold();
      const listing = await openShopWithListing(seller.client, 100_000);
      const buyers = await Promise.all(Array.from({ length: 10 }, () => server.current.registerBuyer()));

      const answers = await Promise.all(
        Array.from({ length: 60 }, async (_, i) => {
          const buyer = buyers[i % buyers.length] as Person;
          const response = await buyer.fetch('/trpc/orders.place', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(placeRequest(listing.id, 1_000)),
          });
          return {
            status: response.status,
            retryAfter: response.headers.get('retry-after'),
            body: await response.json(),
          };
        }),
      );
      const placed = answers.filter((a) => a.status === 200);
      const busy = answers.filter((a) => a.status === 503);
      expect(placed.length + busy.length).toBe(answers.length);
      expect(busy.length).toBeGreaterThan(0);
      expect(placed.length).toBeGreaterThanOrEqual(LIMIT);
      for (const answer of busy) {
        expect(answer.retryAfter).toBe('1');
        expect(answer.body).toMatchObject({
          error: {
            data: {
              code: 'SERVICE_UNAVAILABLE',
              httpStatus: 503,
              domainCode: 'server.busy',
              text: {
                vi: 'Đang có quá nhiều đơn hàng cùng lúc. Vui lòng thử lại sau giây lát.',
                en: 'Too many orders are arriving at once. Please try again in a moment.',
              },
            },
          },
        });
      }
      // A refused checkout changed nothing: the shop has exactly the orders that were answered 200, and their stock.
      const inbox = await seller.client.orders.inbox.query();
      expect(inbox.orders).toHaveLength(placed.length);
      expect((await seller.client.listings.get.query({ listingId: listing.id })).stock).toBe(
        100_000 - placed.length * 1_000,
      );
      // Once the flood has passed, the same checkout goes through.
      expect(
        (await buyers[0]?.client.orders.place.mutate(placeRequest(listing.id, 1_000)))?.orders,
      ).toHaveLength(1);
    }, 120_000);

    it('takes checkouts again after clients gave up on theirs mid-flight (aborted requests free their place)', async () => {
      const seller = await server.current.registerHousehold();
      const listing = await openShopWithListing(seller.client, 100_000);
      const buyers = await Promise.all(Array.from({ length: 4 }, () => server.current.registerBuyer()));

      // Clients whose checkout timed out: each request is sent whole, then its connection is dropped before the
      // answer. Many more than the queue holds, aborted at staggered moments so most are inside the server.
      await Promise.all(
        Array.from({ length: LIMIT * 6 }, (_, i) => {
          const buyer = buyers[i % buyers.length] as Person;
          return new Promise<void>((done) => {
            const sent = request(`${server.current.url}/trpc/orders.place`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', cookie: buyer.cookies.header() },
            });
            sent.on('error', () => done());
            sent.on('close', () => done());
            sent.end(JSON.stringify(placeRequest(listing.id, 1_000)));
            setTimeout(() => sent.destroy(), 2 + (i % 8) * 3);
          });
        }),
      );

      // Afterwards a checkout eventually goes through (within seconds), instead of 503 server.busy for ever.
      const deadline = Date.now() + 15_000;
      let last = 0;
      while (Date.now() < deadline) {
        const response = await buyers[0]?.fetch('/trpc/orders.place', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(placeRequest(listing.id, 1_000)),
        });
        last = response?.status ?? 0;
        await response?.arrayBuffer();
        if (last === 200) break;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(last).toBe(200);
    }, 120_000);
  });
}
