import type { AppRouter } from '@nongsan/api';
import { fetchWithCookies } from '@nongsan/api-client';
import { DIALECTS } from '@nongsan/db/testing';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { failure } from '../failure.ts';
import { type Person, TEST_NOW, useTestServer } from '../harness.ts';

/** A seller with an open shop. */
async function sellerWithShop(
  server: { registerHousehold(): Promise<Person> },
  name: string,
): Promise<Person> {
  const seller = await server.registerHousehold();
  await seller.client.shop.open.mutate({ name });
  return seller;
}

const dragonFruit = {
  productId: 'dragon-fruit' as const,
  title: 'Thanh long ruột đỏ Long Đống',
  unitPrice: 28_000,
  stock: 50_000,
  minOrder: 1_000,
};

/** A 1×1 PNG, and the first bytes of a JPEG: enough for the type check, which reads the bytes, not the name. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

function upload(person: Person, bytes: Uint8Array, name: string, type: string) {
  const form = new FormData();
  form.append('file', new Blob([bytes], { type }), name);
  return person.fetch('/photos', { method: 'POST', body: form });
}

/**
 * The listing is found twice (the second time from memory); paused a moment later, the very next search no longer
 * offers it, and resuming brings it back at once. `ids` asks the search the way the test's client does.
 */
async function expectSearchFollowsChanges(seller: Person, listingId: string, ids: () => Promise<string[]>) {
  expect(await ids()).toContain(listingId);
  expect(await ids()).toContain(listingId);
  await seller.client.listings.setStatus.mutate({ listingId, action: 'pause' });
  expect(await ids()).not.toContain(listingId);
  await seller.client.listings.setStatus.mutate({ listingId, action: 'resume' });
  expect(await ids()).toContain(listingId);
}

for (const dialect of DIALECTS) {
  describe(`listings (${dialect})`, () => {
    const server = useTestServer(dialect);

    it('creates a listing that buyers find by typing "thanh long" without accents, and open', async () => {
      const seller = await sellerWithShop(server.current, 'Vườn nhà Thắng');
      const created = await seller.client.listings.create.mutate({ listing: dragonFruit, publish: true });
      expect(created).toMatchObject({
        status: 'active',
        effectiveStatus: 'active',
        phase: 'in-season',
        unit: 'kg',
        orderable: true,
      });

      const visitor = server.current.person();
      const found = await visitor.client.listings.search.query({ query: 'thanh long' });
      expect(found.items.map((l) => l.id)).toContain(created.id);
      const hit = found.items.find((l) => l.id === created.id);
      expect(hit).toMatchObject({ shopName: 'Vườn nhà Thắng', villageName: 'An Ninh 1' });

      expect(
        (await visitor.client.listings.search.query({ query: 'vải thiều' })).items.map((l) => l.id),
      ).not.toContain(created.id);
      expect(
        (await visitor.client.listings.search.query({ query: 'thanh long', maxPrice: 20_000 })).items,
      ).toEqual([]);
      expect(
        (await visitor.client.listings.search.query({ productId: 'red-peanut' })).items.map((l) => l.id),
      ).not.toContain(created.id);
      const reversed = await failure(
        visitor.client.listings.search.query({ query: 'thanh long', minPrice: 30_000, maxPrice: 20_000 }),
      );
      expect(reversed.data).toMatchObject({
        code: 'BAD_REQUEST',
        problems: [
          { path: ['minPrice'], vi: 'Giá từ (30.000\u00a0₫) không được cao hơn giá đến (20.000\u00a0₫).' },
        ],
      });

      const page = await visitor.client.listings.get.query({ listingId: created.id });
      expect(page).toMatchObject({
        title: dragonFruit.title,
        unitPrice: 28_000,
        stock: 50_000,
        shopId: seller.user?.householdId,
      });
      expect((await seller.client.households.mine.query())[0]?.adoptionStage).toBe('first_listing');
    });

    it('ranks listings in season before those only taking pre-orders, and pages them', async () => {
      // 20 June: dragon fruit is in season; custard apples (harvest from July) take pre-orders from 17 June.
      server.current.clock.set('2025-06-20T08:00:00+07:00');
      try {
        const seller = await sellerWithShop(server.current, 'Gian hàng hai mùa');
        const preOrder = await seller.client.listings.create.mutate({
          listing: {
            productId: 'custard-apple',
            title: 'Na dai hai mùa',
            unitPrice: 50_000,
            stock: 20_000,
            minOrder: 1_000,
          },
          publish: true,
        });
        const inSeason = await seller.client.listings.create.mutate({
          listing: { ...dragonFruit, title: 'Thanh long hai mùa' },
          publish: true,
        });
        expect([preOrder.phase, inSeason.phase]).toEqual(['pre-order', 'in-season']);
        const visitor = server.current.person();
        const all = await visitor.client.listings.search.query({ query: 'hai mua', pageSize: 100 });
        // The pre-order listing is newer and matches as well, yet comes second.
        expect(all.items.map((l) => l.id)).toEqual([inSeason.id, preOrder.id]);
        const inSeasonOnly = await visitor.client.listings.search.query({
          query: 'hai mua',
          inSeasonNow: true,
        });
        expect(inSeasonOnly.items.map((l) => l.id)).toEqual([inSeason.id]);
        const second = await visitor.client.listings.search.query({ query: 'hai mua', pageSize: 1, page: 2 });
        expect(second).toMatchObject({ total: 2, page: 2, pageSize: 1 });
        expect(second.items.map((l) => l.id)).toEqual([preOrder.id]);
      } finally {
        server.current.clock.set(TEST_NOW);
      }
    });

    it('answers a repeated search from memory, but never from before a change', async () => {
      const seller = await sellerWithShop(server.current, 'Vườn nhà Hạnh');
      const created = await seller.client.listings.create.mutate({ listing: dragonFruit, publish: true });
      const visitor = server.current.person();
      const ids = async () =>
        (await visitor.client.listings.search.query({ query: 'thanh long', pageSize: 100 })).items.map(
          (l) => l.id,
        );
      await expectSearchFollowsChanges(seller, created.id, ids);
    });

    it('answers a search sent as the buyer app sends it (batched) from memory, never from before a change, and each person their own', async () => {
      // The buyer app's link: the calls made together go in one GET.
      const appClient = (person: Person) =>
        createTRPCClient<AppRouter>({
          links: [
            httpBatchLink({ url: `${server.current.url}/trpc`, fetch: fetchWithCookies(person.cookies) }),
          ],
        });
      const seller = await sellerWithShop(server.current, 'Vườn nhà Tâm');
      const created = await seller.client.listings.create.mutate({ listing: dragonFruit, publish: true });
      const visitor = appClient(server.current.person());
      const ids = async () =>
        (await visitor.listings.search.query({ query: 'thanh long', pageSize: 100 })).items.map((l) => l.id);
      await expectSearchFollowsChanges(seller, created.id, ids);

      // The same search asked together with "who am I": the same address, but each person is answered as themself.
      const askTogether = (person: Person) => {
        const client = appClient(person);
        return Promise.all([
          client.auth.me.query(),
          client.listings.search.query({ query: 'thanh long', pageSize: 100 }),
        ]);
      };
      const [sellerMe, sellerFound] = await askTogether(seller);
      const [visitorMe, visitorFound] = await askTogether(server.current.person());
      expect(sellerMe.user?.id).toBe(seller.user?.id);
      expect(visitorMe.user).toBeNull();
      expect(visitorFound.items.map((l) => l.id)).toEqual(sellerFound.items.map((l) => l.id));
      expect(visitorFound.items.map((l) => l.id)).toContain(created.id);
    });

    it('keeps drafts out of search and away from other people', async () => {
      const seller = await sellerWithShop(server.current, 'Gian hàng nháp');
      const draft = await seller.client.listings.create.mutate({
        listing: { ...dragonFruit, title: 'Thanh long nháp' },
      });
      expect(draft.status).toBe('draft');
      expect((await server.current.person().client.listings.search.query({ query: 'nhap' })).items).toEqual(
        [],
      );
      expect(
        (await failure(server.current.person().client.listings.get.query({ listingId: draft.id }))).data
          ?.code,
      ).toBe('NOT_FOUND');
      expect((await seller.client.listings.get.query({ listingId: draft.id })).id).toBe(draft.id);
    });

    it('warns about an unusual price on the field until the seller confirms it', async () => {
      const seller = await sellerWithShop(server.current, 'Gian hàng giá lạ');
      const error = await failure(
        seller.client.listings.create.mutate({ listing: { ...dragonFruit, unitPrice: 280_000 } }),
      );
      expect(error.data?.code).toBe('BAD_REQUEST');
      expect(error.data?.problems[0]).toMatchObject({
        code: 'listing.price_unusual_suggest',
        path: ['listing', 'unitPrice'],
      });
      await expect(
        seller.client.listings.create.mutate({
          listing: { ...dragonFruit, unitPrice: 280_000, confirmUnusualPrice: true },
        }),
      ).resolves.toMatchObject({ unitPrice: 280_000 });
    });

    it('updates and pauses a listing for its own seller only; a stale form is a conflict', async () => {
      const seller = await sellerWithShop(server.current, 'Gian hàng sửa');
      const other = await sellerWithShop(server.current, 'Gian hàng khác');
      const listing = await seller.client.listings.create.mutate({ listing: dragonFruit, publish: true });

      const before = await server.current.dbDump();
      const forbidden = await failure(
        other.client.listings.update.mutate({
          listingId: listing.id,
          listing: { ...dragonFruit, unitPrice: 29_000 },
        }),
      );
      expect(forbidden.data?.code).toBe('FORBIDDEN');
      expect(
        (await failure(other.client.listings.setStatus.mutate({ listingId: listing.id, action: 'pause' })))
          .data?.code,
      ).toBe('FORBIDDEN');
      expect(
        (await failure(seller.client.listings.setStatus.mutate({ listingId: 'lst_nope', action: 'pause' })))
          .data?.code,
      ).toBe('NOT_FOUND');
      expect(await server.current.dbDump()).toEqual(before);

      const updated = await seller.client.listings.update.mutate({
        listingId: listing.id,
        expectedVersion: listing.version,
        listing: { ...dragonFruit, unitPrice: 27_000 },
      });
      expect(updated).toMatchObject({ unitPrice: 27_000, version: listing.version + 1 });
      const stale = await failure(
        seller.client.listings.update.mutate({
          listingId: listing.id,
          expectedVersion: listing.version,
          listing: dragonFruit,
        }),
      );
      expect(stale.data?.code).toBe('CONFLICT');

      const paused = await seller.client.listings.setStatus.mutate({
        listingId: listing.id,
        action: 'pause',
      });
      expect(paused.status).toBe('paused');
      const log = (await seller.client.households.activity.query({})).items;
      expect(log.map((e) => e.action)).toEqual(
        expect.arrayContaining(['listing.create', 'listing.update', 'listing.set_status']),
      );
      expect((await seller.client.listings.mine.query({})).items.map((l) => l.id)).toEqual([listing.id]);
    });

    it('accepts a photo upload, serves it with long cache headers, and attaches it to a listing', async () => {
      const seller = await sellerWithShop(server.current, 'Gian hàng ảnh');
      const response = await upload(seller, PNG, 'thanh-long.png', 'image/png');
      expect(response.status).toBe(201);
      const photo = (await response.json()) as { key: string; url: string; contentType: string };
      expect(photo.contentType).toBe('image/png');

      const served = await fetch(`${server.current.url}${photo.url}`);
      expect(served.status).toBe(200);
      // Re-encoded, so not the same bytes: the same picture.
      const pixels = await sharp(Buffer.from(await served.arrayBuffer())).metadata();
      expect(pixels).toMatchObject({ format: 'png', width: 1, height: 1 });
      expect(served.headers.get('cache-control')).toMatch(/max-age=31536000/);

      const listing = await seller.client.listings.create.mutate({
        listing: { ...dragonFruit, photos: [photo.key] },
      });
      expect(listing.photoUrls).toEqual([photo.url]);
      const invented = await failure(
        seller.client.listings.create.mutate({
          listing: { ...dragonFruit, photos: ['ph_01ABCDEFGHJKMNPQRSTVWXYZ01.png'] },
        }),
      );
      expect(invented.data?.domainCode).toBe('listing.photo_invalid');
    });

    it('refuses a photo of the wrong type or too large, and anyone not signed in', async () => {
      const seller = await sellerWithShop(server.current, 'Gian hàng ảnh lỗi');
      const text = await upload(seller, Buffer.from('not really a picture'), 'fake.jpg', 'image/jpeg');
      expect(text.status).toBe(415);
      expect(((await text.json()) as { error: { data: { domainCode: string } } }).error.data.domainCode).toBe(
        'photo.unsupported_type',
      );

      const huge = Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024)]);
      const tooLarge = await upload(seller, huge, 'big.png', 'image/png');
      expect(tooLarge.status).toBe(413);
      expect(
        ((await tooLarge.json()) as { error: { data: { text: { vi: string } } } }).error.data.text.vi,
      ).toContain('2 MB');

      // A buyer may upload too (for a review or complaint): the authorization matrix covers who may, and how.
      expect((await upload(server.current.person(), PNG, 'a.png', 'image/png')).status).toBe(401);
    });
  });
}
