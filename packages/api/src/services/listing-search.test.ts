import type { Database } from '@nongsan/db';
import { DIALECTS, useTestDatabase } from '@nongsan/db/testing';
import {
  effectiveStatus,
  type Listing,
  type ListingPhase,
  listingPhase,
  matchesSearch,
  type ProductId,
  searchScore,
} from '@nongsan/domain';
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../clock.ts';
import { PhotoStore } from '../photos/photo-store.ts';
import { inTransaction } from '../repositories/repositories.ts';
import { type ListingSearch, ListingService, listingSearchText } from './listing-service.ts';

const NOW = '2025-06-15T08:00:00+07:00';
const VILLAGES = [
  { id: 'v-na-hin', name: 'Nà Hin' },
  { id: 'v-pac-bo', name: 'Pác Bó' },
];

interface ShopSeed {
  readonly id: string;
  readonly name: string;
  readonly villageId: string;
  readonly status: 'open' | 'paused';
}

const SHOPS: readonly ShopSeed[] = [
  { id: 'h-thang', name: 'Vườn nhà Thắng', villageId: 'v-na-hin', status: 'open' },
  { id: 'h-lan', name: 'Gian hàng chị Lan', villageId: 'v-pac-bo', status: 'open' },
  { id: 'h-closed', name: 'Nhà bác Tư', villageId: 'v-pac-bo', status: 'paused' },
];

/** A listing as the seller would have it, with the few facts a test varies. */
function listing(
  n: number,
  fields: Partial<Listing> & { productId: ProductId; title: string; shopId?: string },
): Listing {
  const at = new Date(Date.parse('2025-06-01T00:00:00Z') + (n % 40) * 3_600_000);
  return {
    id: `lst-${String(n).padStart(6, '0')}`,
    shopId: 'h-thang',
    description: '',
    unitPrice: 28_000,
    stock: 10_000,
    minOrder: 1_000,
    perBuyerCap: null,
    harvest: null,
    photos: [],
    status: 'active',
    createdAt: at,
    updatedAt: at,
    ...fields,
  };
}

/** Listings that exercise every rule of the ranking: phases, sold out, statuses, shops, words, accents, ties. */
const MIXED: readonly Listing[] = [
  listing(1, { productId: 'dragon-fruit', title: 'Thanh long ruột đỏ Long Đống' }),
  listing(2, { productId: 'dragon-fruit', title: 'Thanh long ruột trắng', unitPrice: 18_000 }),
  listing(3, { productId: 'dragon-fruit', title: 'Thanh long đỏ loại 1', stock: 0 }),
  listing(4, { productId: 'dragon-fruit', title: 'Long đỏ thanh', shopId: 'h-lan' }),
  listing(5, { productId: 'dragon-fruit', title: 'Thanh long tạm nghỉ', status: 'paused' }),
  listing(6, { productId: 'dragon-fruit', title: 'Thanh long nháp', status: 'draft' }),
  listing(7, { productId: 'dragon-fruit', title: 'Thanh long quán đóng', shopId: 'h-closed' }),
  listing(8, {
    productId: 'dragon-fruit',
    title: 'Thanh long vụ sau',
    harvest: { from: '2025-07-01', until: '2025-07-10' },
  }),
  listing(9, {
    productId: 'dragon-fruit',
    title: 'Thanh long cuối năm',
    harvest: { from: '2025-11-01', until: '2025-11-20' },
  }),
  listing(10, {
    productId: 'dragon-fruit',
    title: 'Thanh long vụ trước',
    harvest: { from: '2025-03-01', until: '2025-03-05' },
  }),
  listing(11, { productId: 'red-peanut', title: 'Lạc đỏ Bắc Sơn', shopId: 'h-lan', unitPrice: 45_000 }),
  listing(12, { productId: 'black-banh-chung', title: 'Bánh chưng đen', shopId: 'h-lan', unitPrice: 60_000 }),
  listing(13, { productId: 'grape', title: 'Nho hạ đen', unitPrice: 35_000 }),
  listing(14, { productId: 'custard-apple', title: 'Na dai Chi Lăng', shopId: 'h-lan' }),
  listing(15, { productId: 'dragon-fruit', title: 'Thanh long ruột đỏ', shopId: 'h-lan' }),
  listing(55, { productId: 'dragon-fruit', title: 'Thanh long ruột đỏ', shopId: 'h-lan' }),
];

/** The shop and village names a listing is found by. */
function placeOf(shopId: string): { shopName: string; villageName: string } {
  const shop = SHOPS.find((s) => s.id === shopId);
  return {
    shopName: shop?.name ?? '',
    villageName: VILLAGES.find((v) => v.id === shop?.villageId)?.name ?? '',
  };
}

/** Writes villages, households, shops and listings the way the seeding does: in batches through the repositories. */
async function seed(db: Kysely<Database>, listings: readonly Listing[]): Promise<void> {
  const at = new Date('2025-01-01T00:00:00Z');
  await inTransaction(db, async (repos) => {
    // Every village is in a commune the database knows (migration 0018): the commune the test villages carry.
    await repos.communes.ensure([
      { code: '06328', name: 'Long Đống', kind: 'xa', provinceCode: '20', formerNames: '', invented: true },
    ]);
    await repos.villages.ensure(
      VILLAGES.map((v) => ({
        ...v,
        legacyCommuneCode: '06328',
        currentCommuneCode: '06328',
        invented: false,
      })),
    );
    await repos.users.insertMany([
      {
        id: 'helper-1',
        phone: '0910000001',
        role: 'helper',
        villageId: 'v-na-hin',
        teamRole: null,
        displayName: 'Tổ công nghệ',
        passwordHash: null,
        createdAt: at,
      },
    ]);
    await repos.households.insertMany(
      SHOPS.map((s) => ({
        id: s.id,
        villageId: s.villageId,
        head: s.name,
        adoptionStage: 'first_listing',
        createdAt: at,
      })),
    );
    await repos.shops.insertMany(
      SHOPS.map((s) => ({
        id: s.id,
        name: s.name,
        description: '',
        status: s.status,
        openedAt: at.toISOString(),
        openedBy: 'helper-1',
        updatedAt: at.toISOString(),
      })),
    );
    await repos.listings.insertMany(
      listings.map((l) => ({
        listing: l,
        searchText: listingSearchText(l, placeOf(l.shopId)),
      })),
    );
  });
}

function service(db: Kysely<Database>): ListingService {
  return new ListingService({ db, clock: fixedClock(NOW) }, new PhotoStore('/nonexistent-photos'));
}

function ask(fields: Partial<ListingSearch>): ListingSearch {
  return { query: '', inSeasonNow: false, page: 1, pageSize: 20, ...fields };
}

/** Questions a buyer asks: accents left out, a typo in a longer query, filters, pages. */
const QUESTIONS: readonly ListingSearch[] = [
  ask({}),
  ask({ query: 'thanh long' }),
  ask({ query: 'Thanh Long ruột đỏ' }),
  ask({ query: 'thanh lomg do' }),
  ask({ query: 'banh chung' }),
  ask({ query: 'lac do bac son' }),
  ask({ query: 'th lo' }),
  ask({ query: 'nha thang' }),
  ask({ query: 'pac bo' }),
  ask({ query: 'xoai' }),
  ask({ query: 'thanh long', inSeasonNow: true }),
  ask({ query: 'thanh long', villageId: 'v-pac-bo' }),
  ask({ productId: 'dragon-fruit', minPrice: 20_000, maxPrice: 30_000 }),
  ask({ query: 'thanh long', pageSize: 3, page: 2 }),
];

function idsOf(page: { items: readonly { id: string }[] }): string[] {
  return page.items.map((item) => item.id);
}

describe('listing search in the database: the same answers on SQLite and PostgreSQL', () => {
  const databases = DIALECTS.map((dialect) => ({ dialect, slot: useTestDatabase(dialect) }));

  it('gives the same pages on both, with accents left out and a typo in a three-word query', async () => {
    const answers: Record<string, unknown[]> = {};
    for (const { dialect, slot } of databases) {
      await seed(slot.db, MIXED);
      const search = service(slot.db);
      answers[dialect] = [];
      for (const question of QUESTIONS) {
        const page = await search.search(question);
        answers[dialect]?.push({ question: question.query, ids: idsOf(page), total: page.total });
      }
    }
    expect(answers.postgres).toEqual(answers.sqlite);

    const [first] = databases;
    if (!first) throw new Error('No database');
    const sqlite = service(first.slot.db);
    // No accents and a typo ("lomg"): the dragon fruit is still found, whole matches first.
    const typo = await sqlite.search(ask({ query: 'thanh lomg do' }));
    expect(idsOf(typo)).toContain('lst-000001');
    expect(idsOf(typo)).not.toContain('lst-000011');
    expect(idsOf(await sqlite.search(ask({ query: 'banh chung' })))).toEqual(['lst-000012']);
    // Exactly what the domain says is on sale and matches (paused, draft, a paused shop's, an ended season's are not).
    const now = new Date(NOW);
    const onSale = MIXED.filter(
      (l) =>
        (l.status === 'active' || l.status === 'sold_out') &&
        effectiveStatus(l, now) !== 'ended' &&
        l.shopId !== 'h-closed' &&
        matchesSearch('thanh long', listingSearchText(l, placeOf(l.shopId))),
    );
    const all = idsOf(await sqlite.search(ask({ query: 'thanh long', pageSize: 100 })));
    expect([...all].sort()).toEqual(onSale.map((l) => l.id).sort());
    expect(all).not.toContain('lst-000005');
    // In season first, sold out after them, then pre-orders, then what is not yet orderable.
    const RANK: Record<ListingPhase, number> = { 'in-season': 0, 'pre-order': 1, 'too-early': 2, over: 3 };
    const order = all
      .map((id) => onSale.find((l) => l.id === id))
      .map((l) => (l ? RANK[listingPhase(l, now)] * 2 + Number(effectiveStatus(l, now) === 'sold_out') : -1));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(order).size).toBeGreaterThan(2);
    // The database ranks as the domain scores: for every question, the order the domain's rules give.
    for (const query of ['thanh long', 'thanh long ruot do', 'thanh lomg do', 'long do', 'th lo', 'do']) {
      const expected = MIXED.filter(
        (l) =>
          (l.status === 'active' || l.status === 'sold_out') &&
          effectiveStatus(l, now) !== 'ended' &&
          l.shopId !== 'h-closed',
      )
        .map((l) => ({ l, text: listingSearchText(l, placeOf(l.shopId)) }))
        .filter(({ text }) => matchesSearch(query, text))
        .sort(
          (a, b) =>
            RANK[listingPhase(a.l, now)] - RANK[listingPhase(b.l, now)] ||
            Number(effectiveStatus(a.l, now) === 'sold_out') -
              Number(effectiveStatus(b.l, now) === 'sold_out') ||
            searchScore(query, b.text) - searchScore(query, a.text) ||
            b.l.updatedAt.getTime() - a.l.updatedAt.getTime() ||
            (a.l.id < b.l.id ? -1 : 1),
        )
        .map(({ l }) => l.id);
      expect(idsOf(await sqlite.search(ask({ query, pageSize: 100 }))), query).toEqual(expected);
    }
  });

  it('finds a listing past the old 5,000th candidate, and counts every match', async () => {
    // 5,000 newer "thanh long" listings, and the one that matters changed before all of them: the old search read
    // the newest 5,000 candidates only and never saw it.
    const many = Array.from({ length: 5_000 }, (_, i) =>
      listing(100_000 + i, {
        productId: 'dragon-fruit',
        title: 'Thanh long ruột trắng',
        harvest: { from: '2025-07-01', until: '2025-07-10' },
        updatedAt: new Date(Date.parse('2025-06-10T00:00:00Z') + i * 1000),
      }),
    );
    const oldest = listing(99_999, {
      productId: 'dragon-fruit',
      title: 'Thanh long ruột đỏ vụ này',
      updatedAt: new Date('2025-05-01T00:00:00Z'),
    });
    for (const { slot } of databases) {
      await slot.db.deleteFrom('listing_search_words').execute();
      await slot.db.deleteFrom('listings').execute();
      await inTransaction(slot.db, (repos) =>
        repos.listings.insertMany(
          [...many, oldest].map((l) => ({
            listing: l,
            searchText: listingSearchText(l, { shopName: 'Vườn nhà Thắng', villageName: 'Nà Hin' }),
          })),
        ),
      );
      const search = service(slot.db);
      const inSeason = await search.search(ask({ query: 'thanh long', inSeasonNow: true }));
      expect(idsOf(inSeason)).toEqual([oldest.id]);
      const first = await search.search(ask({ query: 'thanh long' }));
      expect(first.total).toBe(5_001);
      expect(first.items[0]?.id).toBe(oldest.id);
    }
  }, 120_000);
});

describe('typo tolerance, the commune filter and cursor paging: the same on SQLite and PostgreSQL', () => {
  const databases = DIALECTS.map((dialect) => ({ dialect, slot: useTestDatabase(dialect) }));
  const NEIGHBOUR = { id: 'h-hung-vu', village: 'v-na-lay', commune: '06349' };

  /** MIXED, and one more shop in a village of the neighbouring commune (xã Hưng Vũ) selling dragon fruit. */
  async function seedTwoCommunes(db: Kysely<Database>): Promise<void> {
    await seed(db, MIXED);
    const at = new Date('2025-01-01T00:00:00Z');
    await inTransaction(db, async (repos) => {
      await repos.communes.ensure([
        { code: '06349', name: 'Hưng Vũ', kind: 'xa', provinceCode: '20', formerNames: '', invented: false },
      ]);
      await repos.villages.ensure([
        {
          id: NEIGHBOUR.village,
          name: 'Nà Lay',
          legacyCommuneCode: '06349',
          currentCommuneCode: '06349',
          invented: true,
        },
      ]);
      await repos.households.insertMany([
        {
          id: NEIGHBOUR.id,
          villageId: NEIGHBOUR.village,
          head: 'Lý Văn Tám',
          adoptionStage: 'first_listing',
          createdAt: at,
        },
      ]);
      await repos.shops.insertMany([
        {
          id: NEIGHBOUR.id,
          name: 'Vườn nhà Tám',
          description: '',
          status: 'open',
          openedAt: at.toISOString(),
          openedBy: 'helper-1',
          updatedAt: at.toISOString(),
        },
      ]);
      const l = listing(60, { productId: 'dragon-fruit', title: 'Thanh long Hưng Vũ', shopId: NEIGHBOUR.id });
      await repos.listings.insertMany([
        { listing: l, searchText: listingSearchText(l, { shopName: 'Vườn nhà Tám', villageName: 'Nà Lay' }) },
      ]);
    });
  }

  const TYPO_QUESTIONS = ['thanh lomg', 'thnah long', 'quyt', 'banh chugn', 'lomg', 'nho ha', 'thang'];

  it('forgives one typo in one- and two-word queries, ranked as the domain scores, the same on both', async () => {
    const answers: Record<string, unknown[]> = {};
    for (const { dialect, slot } of databases) {
      await seedTwoCommunes(slot.db);
      const search = service(slot.db);
      answers[dialect] = [];
      for (const query of TYPO_QUESTIONS) {
        const page = await search.search(ask({ query, pageSize: 100 }));
        answers[dialect]?.push({ query, ids: idsOf(page), total: page.total });
      }
    }
    expect(answers.postgres).toEqual(answers.sqlite);
    const [first] = databases;
    if (!first) throw new Error('No database');
    const sqlite = service(first.slot.db);
    // A two-word query with a typo in one word finds the dragon fruit; the typo-free matches rank first.
    const typo = idsOf(await sqlite.search(ask({ query: 'thanh lomg', pageSize: 100 })));
    expect(typo).toContain('lst-000001');
    expect(idsOf(await sqlite.search(ask({ query: 'banh chugn' })))).toEqual(['lst-000012']);
    // What the domain finds with the same rule, in the domain's order.
    const now = new Date(NOW);
    const RANK: Record<ListingPhase, number> = { 'in-season': 0, 'pre-order': 1, 'too-early': 2, over: 3 };
    const all = [
      ...MIXED.map((l) => ({ l, text: listingSearchText(l, placeOf(l.shopId)) })),
      ...(
        await first.slot.db
          .selectFrom('listings')
          .select(['id', 'search_text'])
          .where('id', '=', 'lst-000060')
          .execute()
      ).map((row) => ({
        l: listing(60, { productId: 'dragon-fruit', title: 'Thanh long Hưng Vũ', shopId: NEIGHBOUR.id }),
        text: row.search_text,
      })),
    ].filter(
      ({ l }) =>
        (l.status === 'active' || l.status === 'sold_out') &&
        effectiveStatus(l, now) !== 'ended' &&
        l.shopId !== 'h-closed',
    );
    for (const query of TYPO_QUESTIONS) {
      const expected = all
        .filter(({ text }) => matchesSearch(query, text))
        .sort(
          (a, b) =>
            RANK[listingPhase(a.l, now)] - RANK[listingPhase(b.l, now)] ||
            Number(effectiveStatus(a.l, now) === 'sold_out') -
              Number(effectiveStatus(b.l, now) === 'sold_out') ||
            searchScore(query, b.text) - searchScore(query, a.text) ||
            b.l.updatedAt.getTime() - a.l.updatedAt.getTime() ||
            (a.l.id < b.l.id ? -1 : 1),
        )
        .map(({ l }) => l.id);
      expect(idsOf(await sqlite.search(ask({ query, pageSize: 100 }))), query).toEqual(expected);
    }
  });

  it('filters by commune; an unknown commune is NOT_FOUND', async () => {
    for (const { slot } of databases) {
      const search = service(slot.db);
      expect(idsOf(await search.search(ask({ query: 'thanh long', communeCode: '06349' })))).toEqual([
        'lst-000060',
      ]);
      const here = idsOf(
        await search.search(ask({ query: 'thanh long', communeCode: '06328', pageSize: 100 })),
      );
      expect(here).not.toContain('lst-000060');
      expect(here.length).toBeGreaterThan(3);
      await expect(search.search(ask({ communeCode: '06999' }))).rejects.toMatchObject({
        code: 'commune.not_found',
      });
    }
  });

  it('pages by cursor through exactly the pages the offsets give, and refuses a cursor that is not one', async () => {
    for (const { slot } of databases) {
      const search = service(slot.db);
      const whole = idsOf(await search.search(ask({ query: 'thanh long', pageSize: 100 })));
      const walked: string[] = [];
      let cursor: string | undefined;
      for (let pages = 0; pages < 20; pages++) {
        const page = await search.search(
          ask({ query: 'thanh long', pageSize: 3, ...(cursor ? { cursor } : {}) }),
        );
        walked.push(...idsOf(page));
        if (page.nextCursor === null) break;
        cursor = page.nextCursor;
      }
      expect(walked).toEqual(whole);
      await expect(search.search(ask({ cursor: 'not-a-cursor' }))).rejects.toMatchObject({
        code: 'validation.invalid',
      });
    }
  });
});
