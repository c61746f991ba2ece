import { DIALECTS } from '@nongsan/db/testing';
import { VILLAGES } from '@nongsan/domain';
import { describe, expect, it } from 'vitest';
import { failure } from '../failure.ts';
import { OTHER_VILLAGE_ID, useTestServer } from '../harness.ts';
import { openShopWithListing, placeRequest } from '../order-fixtures.ts';

const MINUTE = 60_000;

/** A page as every paged list answers: its items (or the inbox's orders) and where the next page starts. */
interface AnyPage<T> {
  readonly nextCursor: string | null;
  readonly items?: readonly T[];
  readonly orders?: readonly T[];
  readonly households?: readonly T[];
}

/** Every page of a list, first to last, following `nextCursor`; fails if it never ends. */
async function allPages<T>(read: (cursor: string | undefined) => Promise<AnyPage<T>>): Promise<T[][]> {
  const pages: T[][] = [];
  let cursor: string | undefined;
  do {
    const page = await read(cursor);
    pages.push([...(page.items ?? page.orders ?? page.households ?? [])]);
    cursor = page.nextCursor ?? undefined;
    if (pages.length > 50) throw new Error('the pages never end');
  } while (cursor !== undefined);
  return pages;
}

const idsOf = (pages: readonly (readonly { id: string }[])[]) => pages.flat().map((item) => item.id);

for (const dialect of DIALECTS) {
  describe(`lists read a page at a time (${dialect})`, () => {
    const server = useTestServer(dialect);

    /** A shop with one listing and a buyer who placed 7 orders: 3 at one instant, 4 at the next minute. */
    async function shopWithOrders() {
      const s = server.current;
      const seller = await s.registerHousehold();
      const listing = await openShopWithListing(seller.client, 100_000);
      const buyer = await s.registerBuyer();
      const placed: string[] = [];
      for (let i = 0; i < 7; i++) {
        if (i === 3) s.clock.advance(MINUTE);
        const result = await buyer.client.orders.place.mutate(placeRequest(listing.id, 1_000 + i * 100));
        placed.push(...result.orders.map((o) => o.id));
      }
      return { seller, buyer, listing, placed };
    }

    it("a buyer's orders come in pages that join up to all of them, newest first, orders placed at the same instant included", async () => {
      const { buyer, placed } = await shopWithOrders();
      const pages = await allPages((cursor) => buyer.client.orders.mine.query({ cursor, limit: 2 }));
      expect(pages.map((p) => p.length)).toEqual([2, 2, 2, 1]);
      const ids = idsOf(pages);
      expect(new Set(ids).size).toBe(7);
      expect([...ids].sort()).toEqual([...placed].sort());
      const times = pages.flat().map((o) => o.placedAt);
      expect(times).toEqual([...times].sort().reverse());
      // One page as large as the list: the same orders in the same order.
      const whole = await buyer.client.orders.mine.query({ limit: 100 });
      expect(whole.nextCursor).toBeNull();
      expect(whole.items.map((o) => o.id)).toEqual(ids);
    });

    it("a shop's inbox shows the orders to confirm on its first page, then pages through the rest without repeats or gaps", async () => {
      const { seller, placed } = await shopWithOrders();
      for (const orderId of placed.slice(0, 5)) await seller.client.orders.confirm.mutate({ orderId });
      const pages = await allPages((cursor) => seller.client.orders.inbox.query({ cursor, limit: 2 }));
      // The two awaiting confirmation, then two confirmed; then the other three confirmed, two and one.
      expect(pages.map((p) => p.map((o) => o.status))).toEqual([
        ['placed', 'placed', 'confirmed', 'confirmed'],
        ['confirmed', 'confirmed'],
        ['confirmed'],
      ]);
      const ids = idsOf(pages);
      expect(new Set(ids).size).toBe(7);
      expect([...ids].sort()).toEqual([...placed].sort());
    });

    it("a shop's listings and a household's activity come in pages that join up to the whole list", async () => {
      const seller = await server.current.registerHousehold();
      await seller.client.shop.open.mutate({ name: 'Vườn nhà Hoàng' });
      for (const title of ['Thanh long A', 'Thanh long B', 'Thanh long C', 'Thanh long D', 'Thanh long E']) {
        await seller.client.listings.create.mutate({
          listing: { productId: 'dragon-fruit', title, unitPrice: 28_000, stock: 10_000, minOrder: 1_000 },
          publish: true,
        });
      }
      const listings = await allPages((cursor) => seller.client.listings.mine.query({ cursor, limit: 2 }));
      expect(listings.map((p) => p.length)).toEqual([2, 2, 1]);
      expect(
        listings
          .flat()
          .map((l) => l.title)
          .sort(),
      ).toEqual(['Thanh long A', 'Thanh long B', 'Thanh long C', 'Thanh long D', 'Thanh long E']);
      expect(new Set(idsOf(listings)).size).toBe(5);

      const activity = await allPages((cursor) =>
        seller.client.households.activity.query({ cursor, limit: 2 }),
      );
      const whole = await seller.client.households.activity.query({ limit: 100 });
      expect(whole.items.length).toBeGreaterThanOrEqual(6);
      expect(activity.length).toBe(Math.ceil(whole.items.length / 2));
      expect(idsOf(activity)).toEqual(whole.items.map((e) => e.id));
    });

    it("a village's households come in pages by head's name, equal names included, with every stage counted on each page", async () => {
      const s = server.current;
      const villageId = VILLAGES[4]?.id ?? OTHER_VILLAGE_ID;
      const names = ['Hoàng Văn Thắng', 'Hoàng Văn Thắng', 'Hoàng Văn Thắng', 'Lộc Thị Nga', 'Nông Văn Tuấn'];
      for (const name of names) await s.registerHousehold({ villageId, name });
      const official = await s.createOfficial();
      const whole = await official.client.commune.village.query({ villageId, limit: 100 });
      const pages = await allPages((cursor) =>
        official.client.commune.village.query({ villageId, cursor, limit: 2 }),
      );
      expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
      expect(idsOf(pages)).toEqual(whole.households.map((h) => h.id));
      expect(new Set(idsOf(pages)).size).toBe(5);
      const second = await official.client.commune.village.query({
        villageId,
        limit: 2,
        cursor:
          (await official.client.commune.village.query({ villageId, limit: 2 })).nextCursor ?? undefined,
      });
      expect(second.stages).toEqual(whole.stages);
      expect(second.stages.reduce((sum, stage) => sum + stage.households, 0)).toBe(5);
    });

    it('a cursor that is not one of ours is refused plainly, naming the cursor, and changes nothing', async () => {
      const { seller, buyer } = await shopWithOrders();
      const official = await server.current.createOfficial();
      const before = await server.current.dbDump();
      const calls = (cursor: string): (() => Promise<unknown>)[] => [
        () => buyer.client.orders.mine.query({ cursor }),
        () => seller.client.orders.inbox.query({ cursor }),
        () => seller.client.listings.mine.query({ cursor }),
        () => seller.client.households.activity.query({ cursor }),
        () =>
          official.client.commune.village.query({ villageId: VILLAGES[0]?.id ?? OTHER_VILLAGE_ID, cursor }),
      ];
      const notOurs = [
        'khong-phai-con-tro',
        Buffer.from('{"page": 2}', 'utf8').toString('base64url'),
        Buffer.from('[1, 2]', 'utf8').toString('base64url'),
      ];
      for (const cursor of notOurs) {
        for (const call of calls(cursor)) {
          const error = await failure(call());
          expect(error.data?.code).toBe('BAD_REQUEST');
          expect(error.data?.domainCode).toBe('validation.invalid');
          expect(error.data?.problems.map((p) => p.path)).toEqual([['cursor']]);
          expect(error.data?.problems[0]?.vi).toBe('Giá trị không hợp lệ.');
        }
      }
      expect(await server.current.dbDump()).toEqual(before);
    });
  });
}
