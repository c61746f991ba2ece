import type { Database, ListingPhotoRow, ListingRow } from '@nongsan/db';
import { type Listing, ListingStatusSchema, type ProductId, ProductIdSchema } from '@nongsan/domain';
import type { Kysely } from 'kysely';

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
  readonly searchText: string;
}

/** What the database narrows a search to; the service ranks and pages what comes back. */
export interface ListingSearchFilter {
  readonly statuses: readonly string[];
  readonly productIds?: readonly ProductId[];
  readonly villageId?: string;
  readonly minPrice?: number;
  readonly maxPrice?: number;
  /** Folded words; a listing is kept when its search text contains any of them (the service decides the match). */
  readonly anyWords?: readonly string[];
  /** At most this many candidates. */
  readonly limit: number;
}

function toListing(row: ListingRow, photos: readonly string[]): StoredListing {
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
    photos,
    status: ListingStatusSchema.parse(row.status),
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
    version: row.version,
  };
}

function toRow(listing: Listing, searchText: string) {
  return {
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
    status: listing.status,
    search_text: searchText,
    created_at: listing.createdAt.toISOString(),
    updated_at: listing.updatedAt.toISOString(),
  };
}

/** Folded search words hold only letters and digits (`searchTokens`), so they need no LIKE escaping. */
function likePattern(word: string): string {
  return `%${word}%`;
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
      .select(['shops.name as shop_name', 'households.village_id', 'villages.name as village_name']);
  }

  private async toWithPlace(
    rows: (ListingRow & { shop_name: string; village_id: string; village_name: string })[],
  ): Promise<ListingWithPlace[]> {
    const photos = await this.photosOf(rows.map((row) => row.id));
    return rows.map((row) => ({
      ...toListing(row, photos.get(row.id) ?? []),
      shopName: row.shop_name,
      villageId: row.village_id,
      villageName: row.village_name,
      searchText: row.search_text,
    }));
  }

  async findWithPlace(id: string): Promise<ListingWithPlace | null> {
    const rows = await this.withPlace().where('listings.id', '=', id).execute();
    const [listing] = await this.toWithPlace(rows);
    return listing ?? null;
  }

  /** A shop's listings, newest change first. */
  async listByShop(shopId: string): Promise<StoredListing[]> {
    const rows = await this.db
      .selectFrom('listings')
      .selectAll()
      .where('shop_id', '=', shopId)
      .orderBy('updated_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
    const photos = await this.photosOf(rows.map((row) => row.id));
    return rows.map((row) => toListing(row, photos.get(row.id) ?? []));
  }

  /** Candidates for a search, narrowed by the indexed columns and the folded text; newest change first. */
  async searchCandidates(filter: ListingSearchFilter): Promise<ListingWithPlace[]> {
    let query = this.withPlace()
      .where('listings.status', 'in', [...filter.statuses])
      .where('shops.status', '=', 'open');
    if (filter.productIds) query = query.where('listings.product_id', 'in', [...filter.productIds]);
    if (filter.villageId) query = query.where('households.village_id', '=', filter.villageId);
    if (filter.minPrice !== undefined) query = query.where('listings.unit_price', '>=', filter.minPrice);
    if (filter.maxPrice !== undefined) query = query.where('listings.unit_price', '<=', filter.maxPrice);
    const words = filter.anyWords ?? [];
    if (words.length > 0) {
      query = query.where((eb) =>
        eb.or(words.map((word) => eb('listings.search_text', 'like', likePattern(word)))),
      );
    }
    const rows = await query
      .orderBy('listings.updated_at', 'desc')
      .orderBy('listings.id', 'desc')
      .limit(filter.limit)
      .execute();
    return this.toWithPlace(rows);
  }

  async insert(listing: Listing, searchText: string, photos: readonly ListingPhotoFile[]): Promise<void> {
    await this.db.insertInto('listings').values(toRow(listing, searchText)).execute();
    await this.replacePhotos(listing.id, photos, listing.updatedAt);
  }

  /** Many listings at once, without photos (seeding). */
  async insertMany(listings: readonly { listing: Listing; searchText: string }[]): Promise<void> {
    for (let i = 0; i < listings.length; i += 200) {
      await this.db
        .insertInto('listings')
        .values(listings.slice(i, i + 200).map(({ listing, searchText }) => toRow(listing, searchText)))
        .execute();
    }
  }

  /**
   * Writes a changed listing if nobody changed it since `expectedVersion` was read; returns false when someone did
   * (the caller says `listing.stale`). Stock is written as the domain decided: callers read and write it in one
   * transaction.
   */
  async update(listing: Listing, expectedVersion: number, searchText: string): Promise<boolean> {
    const { id: _id, created_at: _created, shop_id: _shop, ...changes } = toRow(listing, searchText);
    const result = await this.db
      .updateTable('listings')
      .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
      .where('id', '=', listing.id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
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
