import {
  type Database,
  dialectOf,
  type ListingPhotoRow,
  type ListingRow,
  listingSearchFacts,
} from '@nongsan/db';
import {
  type Listing,
  ListingStatusSchema,
  type ProductId,
  ProductIdSchema,
  toleratedMisses,
  typoKeys,
} from '@nongsan/domain';
import { type Expression, type Kysely, type SelectQueryBuilder, type SqlBool, sql } from 'kysely';
import { afterPosition, type KeyPosition } from './keyset.ts';

/** A stored listing: the domain's listing plus its version (for optimistic updates) and search text. */
export interface StoredListing extends Listing {
  readonly version: number;
}

/** A photo file of a listing. */
export interface ListingPhotoFile {
  readonly id: string;
  readonly fileName: string;
  readonly contentType: string;
  readonly byteSize: number;
}

/** A listing with its shop and village, as search results and the listing page show it. */
export interface ListingWithPlace extends StoredListing {
  readonly shopName: string;
  readonly villageId: string;
  readonly villageName: string;
  /** The village's commune today, as the database keeps it (where the shop's parcels leave from). */
  readonly communeCode: string;
  readonly searchText: string;
}

/** A search as the database answers it: filters, folded query words and the page. */
export interface ListingSearchQuery {
  /** The query's folded words (`searchTokens`); none finds everything. */
  readonly words: readonly string[];
  readonly productId?: ProductId | undefined;
  readonly villageId?: string | undefined;
  /** Today's commune (its villages' `current_commune_code`). */
  readonly communeCode?: string | undefined;
  readonly minPrice?: number | undefined;
  readonly maxPrice?: number | undefined;
  /** Today's local date: listings whose season is over are left out, and `inSeasonNow` keeps only those selling. */
  readonly today: string;
  readonly inSeasonNow: boolean;
  readonly offset: number;
  readonly limit: number;
  /** Where the previous page ended: the page starts after it (and `offset` is not used). */
  readonly after?: SearchPosition | undefined;
}

/** A result's place in the search's order: what a cursor carries to start the next page after it. */
export interface SearchPosition {
  readonly phase: number;
  readonly soldOut: number;
  readonly score: number;
  readonly updatedAt: string;
  readonly id: string;
}

/** Which facts `searchFacts` reads (typo keys too, or only words as typed) and how many words a listing must have. */
interface SearchFactsOptions {
  readonly withTypos: boolean;
  readonly covered: number;
}

/** Listings, or listings joined to their search facts (`facts.m0`, …): what a search's filters apply to. */
type SearchSource = SelectQueryBuilder<
  Database & { facts: { listing_id: string } },
  'listings' | 'facts',
  object
>;

/** The highest code point: `word <= w < word || MAX` is "w starts with word" in binary order. */
const AFTER_PREFIX = '\u{10FFFF}';

export function toListing(row: ListingRow, photos: readonly string[]): StoredListing {
  return {
    id: row.id,
    shopId: row.shop_id,
    productId: ProductIdSchema.parse(row.product_id),
    title: row.title,
    description: row.description,
    unitPrice: row.unit_price,
    stock: row.stock,
    minOrder: row.min_order,
    perBuyerCap: row.per_buyer_cap,
    harvest:
      row.harvest_from !== null && row.harvest_until !== null
        ? { from: row.harvest_from, until: row.harvest_until }
        : null,
    ocopStars: row.ocop_stars,
    photos,
    status: ListingStatusSchema.parse(row.status),
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
    version: row.version,
  };
}

function toRow(listing: Listing, searchText: string) {
  const row = {
    id: listing.id,
    shop_id: listing.shopId,
    product_id: listing.productId,
    title: listing.title,
    description: listing.description,
    unit_price: listing.unitPrice,
    stock: listing.stock,
    min_order: listing.minOrder,
    per_buyer_cap: listing.perBuyerCap,
    harvest_from: listing.harvest?.from ?? null,
    harvest_until: listing.harvest?.until ?? null,
    ocop_stars: listing.ocopStars ?? null,
    status: listing.status,
    search_text: searchText,
    created_at: listing.createdAt.toISOString(),
    updated_at: listing.updatedAt.toISOString(),
  };
  const { words, keys, ...facts } = listingSearchFacts(row);
  return { row: { ...row, ...facts }, words, keys };
}

export class ListingRepository {
  constructor(private readonly db: Kysely<Database>) {}

  private async photosOf(listingIds: readonly string[]): Promise<Map<string, string[]>> {
    const byListing = new Map<string, string[]>();
    if (listingIds.length === 0) return byListing;
    for (let i = 0; i < listingIds.length; i += 500) {
      const rows: Pick<ListingPhotoRow, 'listing_id' | 'file_name'>[] = await this.db
        .selectFrom('listing_photos')
        .select(['listing_id', 'file_name'])
        .where('listing_id', 'in', listingIds.slice(i, i + 500))
        .orderBy('listing_id')
        .orderBy('position')
        .execute();
      for (const row of rows) {
        const list = byListing.get(row.listing_id) ?? [];
        list.push(row.file_name);
        byListing.set(row.listing_id, list);
      }
    }
    return byListing;
  }

  async findById(id: string): Promise<StoredListing | null> {
    const row = await this.db.selectFrom('listings').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return null;
    const photos = await this.photosOf([id]);
    return toListing(row, photos.get(id) ?? []);
  }

  private withPlace() {
    return this.db
      .selectFrom('listings')
      .innerJoin('shops', 'shops.id', 'listings.shop_id')
      .innerJoin('households', 'households.id', 'listings.shop_id')
      .innerJoin('villages', 'villages.id', 'households.village_id')
      .selectAll('listings')
      .select([
        'shops.name as shop_name',
        'households.village_id',
        'villages.name as village_name',
        'villages.current_commune_code as commune_code',
      ]);
  }

  private async toWithPlace(
    rows: (ListingRow & {
      shop_name: string;
      village_id: string;
      village_name: string;
      commune_code: string;
    })[],
  ): Promise<ListingWithPlace[]> {
    const photos = await this.photosOf(rows.map((row) => row.id));
    return rows.map((row) => ({
      ...toListing(row, photos.get(row.id) ?? []),
      shopName: row.shop_name,
      villageId: row.village_id,
      villageName: row.village_name,
      communeCode: row.commune_code,
      searchText: row.search_text,
    }));
  }

  async findWithPlace(id: string): Promise<ListingWithPlace | null> {
    const rows = await this.withPlace().where('listings.id', '=', id).execute();
    const [listing] = await this.toWithPlace(rows);
    return listing ?? null;
  }

  /**
   * A shop's listings, the latest change first (then id); a page (`after` the previous page's last (updated at,
   * id), at most `limit`) seeks in `listings_by_shop_and_change`.
   */
  async listByShop(
    shopId: string,
    page: { after?: KeyPosition | undefined; limit?: number } = {},
  ): Promise<StoredListing[]> {
    let query = this.db.selectFrom('listings').selectAll().where('shop_id', '=', shopId);
    if (page.after !== undefined) query = query.where(afterPosition('updated_at', 'id', page.after, 'desc'));
    if (page.limit !== undefined) query = query.limit(page.limit);
    const rows = await query.orderBy('updated_at', 'desc').orderBy('id', 'desc').execute();
    const photos = await this.photosOf(rows.map((row) => row.id));
    return rows.map((row) => toListing(row, photos.get(row.id) ?? []));
  }

  /**
   * The query-word facts of the listings that have a word the query finds, in one grouped pass over the word index
   * (one range per query word) and, `withTypos`, over the typo keys: per query word i, `m{i}` (a listing word begins
   * with it), `e{i}` (a listing word is it) and `t{i}` (a listing word shares a typo key with it), each 0 or 1. Only
   * the listings with at least `covered` query words found (by prefix, or by typo `withTypos`) are kept.
   */
  private searchFacts(
    words: readonly string[],
    typoKeysOf: readonly (readonly string[])[],
    options: SearchFactsOptions,
  ) {
    const withKeys = options.withTypos
      ? words.map((_, i) => i).filter((i) => (typoKeysOf[i] ?? []).length > 0)
      : [];
    const prefix = (word: string) => sql<SqlBool>`(w.word >= ${word} and w.word < ${word + AFTER_PREFIX})`;
    const flag = (condition: Expression<SqlBool>) => sql<number>`case when ${condition} then 1 else 0 end`;
    const column = (name: string) => sql.ref(name);
    const byWord = sql`select w.listing_id, ${sql.join(
      words.flatMap((word, i) => [
        sql`${flag(prefix(word))} as ${column(`m${i}`)}`,
        sql`${flag(sql<SqlBool>`w.word = ${word}`)} as ${column(`e${i}`)}`,
        ...(withKeys.includes(i) ? [sql`0 as ${column(`t${i}`)}`] : []),
      ]),
    )} from listing_search_words w where ${sql.join(
      words.map((word) => prefix(word)),
      sql` or `,
    )}`;
    const allKeys = [...new Set(withKeys.flatMap((i) => typoKeysOf[i] ?? []))];
    const byKey =
      allKeys.length === 0
        ? undefined
        : sql`select k.listing_id, ${sql.join(
            words.flatMap((_, i) => [
              sql`0 as ${column(`m${i}`)}`,
              sql`0 as ${column(`e${i}`)}`,
              ...(withKeys.includes(i)
                ? [
                    sql`${flag(sql<SqlBool>`k.key in (${sql.join(typoKeysOf[i] ?? [])})`)} as ${column(`t${i}`)}`,
                  ]
                : []),
            ]),
          )} from listing_search_keys k where k.key in (${sql.join(allKeys)})`;
    const found = (i: number) =>
      withKeys.includes(i)
        ? sql<number>`(case when max(${column(`hit.m${i}`)}) + max(${column(`hit.t${i}`)}) > 0 then 1 else 0 end)`
        : sql<number>`max(${column(`hit.m${i}`)})`;
    return sql<{ listing_id: string }>`(select hit.listing_id, ${sql.join(
      words.flatMap((_, i) => [
        sql`max(${column(`hit.m${i}`)}) as ${column(`m${i}`)}`,
        sql`max(${column(`hit.e${i}`)}) as ${column(`e${i}`)}`,
        sql`${withKeys.includes(i) ? sql`max(${column(`hit.t${i}`)})` : sql`0`} as ${column(`t${i}`)}`,
      ]),
    )} from (${byKey === undefined ? byWord : sql`${byWord} union all ${byKey}`}) hit
      group by hit.listing_id
      having ${sql.join(
        words.map((_, i) => found(i)),
        sql` + `,
      )} >= ${options.covered})`.as('facts');
  }

  /**
   * One page of a search, ranked in the database as the domain's `matchesSearch` / `searchScore` rank: every query
   * word must begin a word of the listing or be one typo away from one (a query of three or more words may miss
   * one), then in season first, sold out last, the score, the newest change; `total` counts every match.
   *
   * The per-word facts come from one grouped pass over the word index (`searchFacts`), joined to the listings for
   * the filters. A listing that needed a forgiven typo or a missing word always scores below one that has every
   * word as typed, so the page is first ranked among those (no typo keys read): when its last listing is selling
   * and not sold out, nothing else can come before it, and only the count reads the typo keys. Otherwise (few full
   * matches, or the page reaches sold-out or later listings) the page is ranked over every match, typo keys too.
   */
  async search(
    query: ListingSearchQuery,
  ): Promise<{ items: ListingWithPlace[]; total: number; last: SearchPosition | null }> {
    const { words } = query;
    const typoKeysOf = words.map(typoKeys);
    const misses = toleratedMisses(words.length);
    if (words.length === 0) {
      const rows = await this.rankedPage(this.searchFiltered(this.searchSource(), query), query, []);
      return this.searchAnswer(query, rows, () => this.countMatches(query, typoKeysOf));
    }
    const asTyped = await this.rankedPage(
      this.searchFiltered(
        this.searchSource({ words, typoKeysOf, withTypos: false, covered: words.length }),
        query,
      ),
      query,
      words,
    );
    const lastAsTyped = asTyped.at(-1);
    if (
      asTyped.length === query.limit &&
      Number(lastAsTyped?.rank_phase) === 0 &&
      Number(lastAsTyped?.rank_sold_out) === 0
    ) {
      const counted = await this.countMatches(query, typoKeysOf);
      return this.searchAnswer(query, asTyped, () => Promise.resolve(counted));
    }
    const every = await this.rankedPage(
      this.searchFiltered(
        this.searchSource({ words, typoKeysOf, withTypos: true, covered: words.length - misses }),
        query,
      ),
      query,
      words,
    );
    return this.searchAnswer(query, every, () => this.countMatches(query, typoKeysOf));
  }

  /**
   * Where a search's listings come from: every listing, or (with `facts`) those `searchFacts` keeps, each joined to
   * its facts.
   */
  private searchSource(
    facts?: { words: readonly string[]; typoKeysOf: readonly (readonly string[])[] } & SearchFactsOptions,
  ): SearchSource {
    if (facts === undefined) return this.db.selectFrom('listings') as unknown as SearchSource;
    return this.db
      .selectFrom(this.searchFacts(facts.words, facts.typoKeysOf, facts))
      .innerJoin('listings', 'listings.id', 'facts.listing_id');
  }

  /** The listings a search may show (their places joined), by its filters. */
  private searchFiltered(from: SearchSource, query: ListingSearchQuery) {
    let filtered = from
      .innerJoin('shops', 'shops.id', 'listings.shop_id')
      .innerJoin('households', 'households.id', 'listings.shop_id')
      .innerJoin('villages', 'villages.id', 'households.village_id')
      .where('listings.status', 'in', ['active', 'sold_out'])
      .where('shops.status', '=', 'open')
      .where('listings.sell_until', '>=', query.today);
    if (query.inSeasonNow) filtered = filtered.where('listings.sell_from', '<=', query.today);
    if (query.productId) filtered = filtered.where('listings.product_id', '=', query.productId);
    if (query.villageId) filtered = filtered.where('households.village_id', '=', query.villageId);
    if (query.communeCode) filtered = filtered.where('villages.current_commune_code', '=', query.communeCode);
    if (query.minPrice !== undefined) filtered = filtered.where('listings.unit_price', '>=', query.minPrice);
    if (query.maxPrice !== undefined) filtered = filtered.where('listings.unit_price', '<=', query.maxPrice);
    return filtered;
  }

  /**
   * Every match counted: for a query of one or two words, listings with each word found by prefix in the word index
   * or by key in the typo keys (the indexes give id lists, no per-listing lookups); for a longer one, the grouped
   * facts with typo keys, those with at most one word missing.
   */
  private async countMatches(
    query: ListingSearchQuery,
    typoKeysOf: readonly (readonly string[])[],
  ): Promise<number> {
    const { words } = query;
    const misses = toleratedMisses(words.length);
    let filtered: ReturnType<ListingRepository['searchFiltered']>;
    if (misses === 0) {
      filtered = this.searchFiltered(this.searchSource(), query);
      for (const [i, word] of words.entries()) {
        const keys = typoKeysOf[i] ?? [];
        const byWord = sql<SqlBool>`listings.id in (select w.listing_id from listing_search_words w
          where w.word >= ${word} and w.word < ${word + AFTER_PREFIX})`;
        filtered = filtered.where(
          keys.length === 0
            ? byWord
            : sql<SqlBool>`(${byWord} or listings.id in (select k.listing_id from listing_search_keys k
                where k.key in (${sql.join(keys)})))`,
        );
      }
    } else
      filtered = this.searchFiltered(
        this.searchSource({ words, typoKeysOf, withTypos: true, covered: words.length - misses }),
        query,
      );
    const counted = await filtered
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(counted.n);
  }

  /**
   * The page of `filtered` in the search's order (phase, sold out, score descending, change descending, id), after
   * the cursor or from the offset, with each row's place in that order; then its shops and villages.
   */
  private async rankedPage(
    filtered: ReturnType<ListingRepository['searchFiltered']>,
    query: ListingSearchQuery,
    words: readonly string[],
  ) {
    const typoKeysOf = words.map(typoKeys);
    const fact = (name: string) => sql.ref(`facts.${name}`);
    const sum = (parts: Expression<number>[]) =>
      parts.length === 0 ? sql<number>`0` : sql<number>`(${sql.join(parts, sql` + `)})`;
    const flag = (condition: Expression<SqlBool>) => sql<number>`(case when ${condition} then 1 else 0 end)`;
    const matched = sum(words.map((_, i) => sql<number>`${fact(`m${i}`)}`));
    const typos = sum(
      words.flatMap((_, i) =>
        (typoKeysOf[i] ?? []).length === 0
          ? []
          : [flag(sql<SqlBool>`${fact(`m${i}`)} = 0 and ${fact(`t${i}`)} = 1`)],
      ),
    );
    const exact = sum(words.map((_, i) => sql<number>`${fact(`e${i}`)}`));
    const spaced = sql`(' ' || listings.search_words || ' ')`;
    const phrase =
      words.length > 1 ? flag(sql<SqlBool>`${spaced} like ${`% ${words.join(' ')}%`}`) : sql<number>`0`;
    const startsWithFirst =
      words[0] !== undefined
        ? flag(sql<SqlBool>`listings.search_words like ${`${words[0]}%`}`)
        : sql<number>`0`;
    const score =
      words.length === 0
        ? sql<number>`1`
        : sql<number>`((case when ${matched} = ${words.length} then 2000000
              when ${matched} + ${typos} = ${words.length} then 1500000 else 1000000 end)
            + ${matched} * 10 + ${typos} * 3 + ${exact} * 5 + ${phrase} * 20 + ${startsWithFirst} * 5)`;
    const phase = sql<number>`(case when listings.sell_from <= ${query.today} then 0
      when listings.pre_order_from <= ${query.today} then 1 else 2 end)`;
    const soldOut = sql<number>`(case when listings.status = 'sold_out' or listings.stock = 0 then 1 else 0 end)`;
    const ranked = filtered.select([
      'listings.id as rank_id',
      'listings.updated_at as rank_updated_at',
      phase.as('rank_phase'),
      soldOut.as('rank_sold_out'),
      score.as('rank_score'),
    ]);
    // Ids in binary order on both databases (PostgreSQL would otherwise sort them by its locale).
    const postgres = dialectOf(this.db) === 'postgres';
    const byId = (column: string) => (postgres ? sql`${sql.ref(column)} collate "C"` : sql.ref(column));
    let page = this.db.selectFrom(ranked.as('ranked')).selectAll('ranked');
    const at = query.after;
    if (at !== undefined) {
      // After the cursor in the order below.
      page = page.where(
        sql<SqlBool>`(rank_phase > ${at.phase} or (rank_phase = ${at.phase} and (rank_sold_out > ${at.soldOut}
          or (rank_sold_out = ${at.soldOut} and (rank_score < ${at.score} or (rank_score = ${at.score}
          and (rank_updated_at < ${at.updatedAt} or (rank_updated_at = ${at.updatedAt}
          and ${byId('rank_id')} > ${at.id}))))))))`,
      );
    }
    const pageRows = page
      .orderBy('rank_phase')
      .orderBy('rank_sold_out')
      .orderBy('rank_score', 'desc')
      .orderBy('rank_updated_at', 'desc')
      .orderBy(byId('rank_id'))
      .limit(query.limit)
      .offset(at === undefined ? query.offset : 0);
    return this.db
      .selectFrom(pageRows.as('page'))
      .innerJoin('listings', 'listings.id', 'page.rank_id')
      .innerJoin('shops', 'shops.id', 'listings.shop_id')
      .innerJoin('households', 'households.id', 'listings.shop_id')
      .innerJoin('villages', 'villages.id', 'households.village_id')
      .selectAll('listings')
      .select([
        'shops.name as shop_name',
        'households.village_id',
        'villages.name as village_name',
        'villages.current_commune_code as commune_code',
        'page.rank_phase',
        'page.rank_sold_out',
        'page.rank_score',
      ])
      .orderBy('page.rank_phase')
      .orderBy('page.rank_sold_out')
      .orderBy('page.rank_score', 'desc')
      .orderBy('page.rank_updated_at', 'desc')
      .orderBy(byId('page.rank_id'))
      .execute();
  }

  private async searchAnswer(
    query: ListingSearchQuery,
    rows: Awaited<ReturnType<ListingRepository['rankedPage']>>,
    count: () => Promise<number>,
  ): Promise<{ items: ListingWithPlace[]; total: number; last: SearchPosition | null }> {
    const total = await count();
    const lastRow = rows.length === query.limit ? rows.at(-1) : undefined;
    const last = lastRow
      ? {
          phase: Number(lastRow.rank_phase),
          soldOut: Number(lastRow.rank_sold_out),
          score: Number(lastRow.rank_score),
          updatedAt: lastRow.updated_at,
          id: lastRow.id,
        }
      : null;
    return { items: await this.toWithPlace(rows), total, last };
  }

  /**
   * Replaces the listing's rows of `listing_search_words` and `listing_search_keys` (in the caller's transaction,
   * with the listing's write).
   */
  private async writeWords(
    listingId: string,
    facts: { words: readonly string[]; keys: readonly string[] },
    replace: boolean,
  ): Promise<void> {
    if (replace) {
      await this.db.deleteFrom('listing_search_words').where('listing_id', '=', listingId).execute();
      await this.db.deleteFrom('listing_search_keys').where('listing_id', '=', listingId).execute();
    }
    if (facts.words.length > 0)
      await this.db
        .insertInto('listing_search_words')
        .values(facts.words.map((word) => ({ listing_id: listingId, word })))
        .execute();
    if (facts.keys.length > 0)
      await this.db
        .insertInto('listing_search_keys')
        .values(facts.keys.map((key) => ({ listing_id: listingId, key })))
        .execute();
  }

  async insert(listing: Listing, searchText: string, photos: readonly ListingPhotoFile[]): Promise<void> {
    const { row, words, keys } = toRow(listing, searchText);
    await this.db.insertInto('listings').values(row).execute();
    await this.writeWords(listing.id, { words, keys }, false);
    await this.replacePhotos(listing.id, photos, listing.updatedAt);
  }

  /** Many listings at once, without photos (seeding). */
  async insertMany(listings: readonly { listing: Listing; searchText: string }[]): Promise<void> {
    for (let i = 0; i < listings.length; i += 200) {
      const rows = listings.slice(i, i + 200).map(({ listing, searchText }) => toRow(listing, searchText));
      await this.db
        .insertInto('listings')
        .values(rows.map(({ row }) => row))
        .execute();
      const words = rows.flatMap(({ row, words }) => words.map((word) => ({ listing_id: row.id, word })));
      for (let j = 0; j < words.length; j += 400) {
        await this.db
          .insertInto('listing_search_words')
          .values(words.slice(j, j + 400))
          .execute();
      }
      const keys = rows.flatMap(({ row, keys }) => keys.map((key) => ({ listing_id: row.id, key })));
      for (let j = 0; j < keys.length; j += 400) {
        await this.db
          .insertInto('listing_search_keys')
          .values(keys.slice(j, j + 400))
          .execute();
      }
    }
  }

  /**
   * Writes a changed listing if nobody changed it since `expectedVersion` was read; returns false when someone did
   * (the caller says `listing.stale`). Stock is written as the domain decided: callers read and write it in one
   * transaction.
   */
  async update(listing: Listing, expectedVersion: number, searchText: string): Promise<boolean> {
    const { row, words, keys } = toRow(listing, searchText);
    const { id: _id, created_at: _created, shop_id: _shop, ...changes } = row;
    const result = await this.db
      .updateTable('listings')
      .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
      .where('id', '=', listing.id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return false;
    await this.writeWords(listing.id, { words, keys }, true);
    return true;
  }

  async replacePhotos(listingId: string, photos: readonly ListingPhotoFile[], at: Date): Promise<void> {
    await this.db.deleteFrom('listing_photos').where('listing_id', '=', listingId).execute();
    if (photos.length === 0) return;
    await this.db
      .insertInto('listing_photos')
      .values(
        photos.map((photo, position) => ({
          id: photo.id,
          listing_id: listingId,
          file_name: photo.fileName,
          content_type: photo.contentType,
          byte_size: photo.byteSize,
          position,
          created_at: at.toISOString(),
        })),
      )
      .execute();
  }
}
