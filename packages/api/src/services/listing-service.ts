import {
  alreadyApplied,
  canOrder,
  changeListingStatus,
  checkListingMadeAgainst,
  createListing,
  DomainError,
  effectiveStatus,
  foldText,
  getProduct,
  isPreOrder,
  type Listing,
  type ListingInput,
  type ListingOrigin,
  type ListingPhase,
  type ListingStatus,
  type ListingStatusAction,
  listingPhase,
  listingUnit,
  type ProductId,
  REQUEST_KEY_DETAIL,
  searchTokens,
  setListingStock,
  toLocalDate,
  type Unit,
  updateListing,
} from '@nongsan/domain';
import * as z from 'zod';
import type { ShopActor } from '../auth/shop-actor.ts';
import { newId } from '../ids.ts';
import type { PhotoStore } from '../photos/photo-store.ts';
import type {
  ListingPhotoFile,
  ListingWithPlace,
  StoredListing,
} from '../repositories/listing-repository.ts';
import { inTransaction, type Repositories, repositoriesFor } from '../repositories/repositories.ts';
import { recordAudit } from './audit.ts';
import type { ServiceDeps } from './deps.ts';
import {
  decodeCursor,
  encodeCursor,
  type Page,
  type PageRequest,
  pageOf,
  positionOf,
} from './page-cursor.ts';
import type { SearchCache } from './search-cache.ts';

/** A listing as the apps show it: the stored facts plus what follows from them now. */
export interface ListingView {
  readonly id: string;
  readonly shopId: string;
  readonly productId: ProductId;
  readonly unit: Unit;
  readonly title: string;
  readonly description: string;
  readonly unitPrice: number;
  readonly stock: number;
  readonly minOrder: number;
  readonly perBuyerCap: number | null;
  readonly harvest: Listing['harvest'];
  /** OCOP stars (1–5) where the household entered them. */
  readonly ocopStars: number | null;
  readonly photos: readonly string[];
  /** `/photos/<key>` for uploaded photos, the link itself for http(s) photos. */
  readonly photoUrls: readonly string[];
  /** As stored. */
  readonly status: ListingStatus;
  /** As a buyer sees it now (sold out at zero stock, ended after the season). */
  readonly effectiveStatus: ListingStatus;
  readonly phase: ListingPhase;
  readonly orderable: boolean;
  readonly preOrder: boolean;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly shopName?: string;
  readonly villageId?: string;
  readonly villageName?: string;
  /** The shop's commune today (its village's, as the database keeps it): the buyer's fee preview zones by it. */
  readonly communeCode?: string;
}

export function photoUrl(ref: string): string {
  return /^https?:\/\//.test(ref) ? ref : `/photos/${ref}`;
}

export function toListingView(listing: StoredListing | ListingWithPlace, now: Date): ListingView {
  const place =
    'villageId' in listing
      ? {
          shopName: listing.shopName,
          villageId: listing.villageId,
          villageName: listing.villageName,
          communeCode: listing.communeCode,
        }
      : {};
  return {
    id: listing.id,
    shopId: listing.shopId,
    productId: listing.productId,
    unit: listingUnit(listing),
    title: listing.title,
    description: listing.description,
    unitPrice: listing.unitPrice,
    stock: listing.stock,
    minOrder: listing.minOrder,
    perBuyerCap: listing.perBuyerCap,
    harvest: listing.harvest,
    ocopStars: listing.ocopStars ?? null,
    photos: listing.photos,
    photoUrls: listing.photos.map(photoUrl),
    status: listing.status,
    effectiveStatus: effectiveStatus(listing, now),
    phase: listingPhase(listing, now),
    orderable: canOrder(listing, now).ok,
    preOrder: isPreOrder(listing, now),
    version: listing.version,
    createdAt: listing.createdAt.toISOString(),
    updatedAt: listing.updatedAt.toISOString(),
    ...place,
  };
}

/** The folded text a listing is found by: its title, the product's names and aliases, the shop and village. */
export function listingSearchText(
  listing: Pick<Listing, 'title' | 'productId'>,
  place: { shopName: string; villageName: string },
): string {
  const product = getProduct(listing.productId);
  return foldText(
    [
      listing.title,
      product.name.vi,
      product.name.en,
      ...product.aliases,
      place.shopName,
      place.villageName,
    ].join(' '),
  );
}

export interface ListingSearch {
  readonly query: string;
  readonly productId?: ProductId | undefined;
  readonly villageId?: string | undefined;
  /** Today's commune of the shop's village. */
  readonly communeCode?: string | undefined;
  readonly inSeasonNow: boolean;
  readonly minPrice?: number | undefined;
  readonly maxPrice?: number | undefined;
  readonly page: number;
  readonly pageSize: number;
  /** The previous page's `nextCursor`: the page after it (then `page` is not used). */
  readonly cursor?: string | undefined;
}

/** A page of search results, as `listings.search` answers. */
export interface SearchPage {
  readonly items: ListingView[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
  /** Where the next page starts (pass it back as `cursor`); null on the last page. */
  readonly nextCursor: string | null;
}

/** A search cursor's position: phase, sold out, score, last change, id (ListingRepository's order). */
const SearchPositionSchema = z
  .tuple([z.number().int(), z.number().int(), z.number().int(), z.string().max(40), z.string().max(80)])
  .transform(([phase, soldOut, score, updatedAt, id]) => ({ phase, soldOut, score, updatedAt, id }));

/** What a listing step sent later from a phone carries: its key, the listing's version it was made against. */
export interface ListingSentLater {
  readonly idempotencyKey?: string | undefined;
  readonly expectedVersion?: number | undefined;
  /** The status the seller saw when making it (a status step conflicts only with another status change). */
  readonly expectedStatus?: ListingStatus | undefined;
}

export class ListingService {
  constructor(
    private readonly deps: ServiceDeps & { readonly searchCache?: SearchCache<SearchPage> },
    private readonly photos: PhotoStore,
  ) {}

  private async photoFiles(refs: readonly string[]): Promise<ListingPhotoFile[]> {
    const files: ListingPhotoFile[] = [];
    for (const [index, ref] of refs.entries()) {
      const photo = await this.photos.find(ref);
      if (!photo) throw new DomainError('listing.photo_invalid', {}, ['listing', 'photos', index]);
      files.push({
        id: newId('lph'),
        fileName: photo.key,
        contentType: photo.contentType,
        byteSize: photo.byteSize,
      });
    }
    return files;
  }

  private async place(
    repos: Repositories,
    shopId: string,
  ): Promise<{ shopName: string; villageName: string }> {
    const shop = await repos.shops.findView(shopId);
    if (!shop) throw new DomainError('household.no_shop', {}, ['householdId']);
    return { shopName: shop.name, villageName: shop.villageName };
  }

  /** A new listing for the household's shop: a draft, or on sale at once with `publish`. */
  async create(
    actor: ShopActor,
    householdId: string,
    input: { listing: ListingInput; publish: boolean },
  ): Promise<ListingView> {
    const now = this.deps.clock.now();
    const photos = await this.photoFiles(input.listing.photos ?? []);
    const listing = await inTransaction(this.deps.db, async (repos) => {
      const shop = await this.place(repos, householdId);
      let created = createListing(input.listing, { id: newId('lst'), shopId: householdId, actor, now });
      if (input.publish) created = changeListingStatus(created, 'publish', actor, now);
      await repos.listings.insert(created, listingSearchText(created, shop), photos);
      const household = await repos.households.findById(householdId);
      if (household?.adoptionStage === 'shop_open') {
        await repos.households.setAdoptionStage(householdId, 'first_listing');
      }
      await recordAudit(repos, {
        actorUserId: actor.userId,
        householdId,
        action: 'listing.create',
        details: { listingId: created.id, title: created.title, status: created.status },
        at: now,
      });
      return repos.listings.findById(created.id);
    });
    if (!listing) throw new Error('The listing just created is missing');
    return toListingView(listing, now);
  }

  private async load(repos: Repositories, listingId: string): Promise<StoredListing> {
    const listing = await repos.listings.findById(listingId);
    if (!listing) throw new DomainError('listing.not_found', { listingId }, ['listingId']);
    return listing;
  }

  /** Replaces a listing's form; `expectedVersion` (when given) refuses to overwrite someone else's newer change. */
  async update(
    actor: ShopActor,
    input: { listingId: string; expectedVersion?: number | undefined; listing: ListingInput },
  ): Promise<ListingView> {
    const now = this.deps.clock.now();
    const photos = await this.photoFiles(input.listing.photos ?? []);
    const stored = await inTransaction(this.deps.db, async (repos) => {
      const current = await this.load(repos, input.listingId);
      if (input.expectedVersion !== undefined && input.expectedVersion !== current.version) {
        throw new DomainError('listing.stale', {}, ['expectedVersion']);
      }
      const updated = updateListing(current, input.listing, actor, now);
      const shop = await this.place(repos, current.shopId);
      if (!(await repos.listings.update(updated, current.version, listingSearchText(updated, shop)))) {
        throw new DomainError('listing.stale', {}, ['expectedVersion']);
      }
      await repos.listings.replacePhotos(updated.id, photos, now);
      await recordAudit(repos, {
        actorUserId: actor.userId,
        householdId: current.shopId,
        action: 'listing.update',
        details: {
          listingId: current.id,
          title: updated.title,
          ...(current.unitPrice !== updated.unitPrice
            ? { unitPrice: { from: current.unitPrice, to: updated.unitPrice } }
            : {}),
          ...(current.stock !== updated.stock ? { stock: { from: current.stock, to: updated.stock } } : {}),
        },
        at: now,
      });
      return this.load(repos, current.id);
    });
    return toListingView(stored, now);
  }

  /**
   * Pauses, resumes, publishes or marks sold out. Sent later from a phone (offline) it carries its key and the
   * status (or version) it was made against: a repeat (the key is in the listing's audit entry) applies nothing, and
   * one made against another status is refused (`listing.changed_meanwhile`, the domain's checkListingMadeAgainst).
   */
  async setStatus(
    actor: ShopActor,
    listingId: string,
    action: ListingStatusAction,
    sent: ListingSentLater = {},
  ): Promise<ListingView> {
    const now = this.deps.clock.now();
    const stored = await inTransaction(this.deps.db, async (repos) => {
      const current = await this.load(repos, listingId);
      if (sent.idempotencyKey !== undefined) {
        const entries = await repos.audit.withKey(current.shopId, sent.idempotencyKey);
        if (alreadyApplied(entries, sent.idempotencyKey)) return current;
      }
      checkListingMadeAgainst({ ...current, effectiveStatus: effectiveStatus(current, now) }, sent);
      const changed = changeListingStatus(current, action, actor, now);
      const shop = await this.place(repos, current.shopId);
      if (!(await repos.listings.update(changed, current.version, listingSearchText(changed, shop)))) {
        throw new DomainError('listing.stale', {}, ['listingId']);
      }
      await recordAudit(repos, {
        actorUserId: actor.userId,
        householdId: current.shopId,
        action: 'listing.set_status',
        details: {
          listingId,
          title: current.title,
          action,
          from: current.status,
          to: changed.status,
          ...(sent.idempotencyKey === undefined ? {} : { [REQUEST_KEY_DETAIL]: sent.idempotencyKey }),
        },
        at: now,
      });
      return this.load(repos, listingId);
    });
    return toListingView(stored, now);
  }

  /**
   * Sets how much is left to sell (the seller's count, on its own, as a phone sends it later): the status follows.
   * Sent later it carries its key (a repeat, found in the listing's audit entry, applies nothing) and the stock the
   * seller saw: if orders moved it meanwhile, the domain refuses with both numbers (`listing.stock_moved_meanwhile`).
   */
  async setStock(
    actor: ShopActor,
    listingId: string,
    change: { stock: number; expectedStock?: number | undefined },
    sent: Pick<ListingSentLater, 'idempotencyKey'> = {},
  ): Promise<ListingView> {
    const now = this.deps.clock.now();
    const stored = await inTransaction(this.deps.db, async (repos) => {
      const current = await this.load(repos, listingId);
      if (sent.idempotencyKey !== undefined) {
        const entries = await repos.audit.withKey(current.shopId, sent.idempotencyKey);
        if (alreadyApplied(entries, sent.idempotencyKey)) return current;
      }
      const changed = setListingStock(current, change, actor, now);
      const shop = await this.place(repos, current.shopId);
      if (!(await repos.listings.update(changed, current.version, listingSearchText(changed, shop)))) {
        throw new DomainError('listing.stale', {}, ['listingId']);
      }
      await recordAudit(repos, {
        actorUserId: actor.userId,
        householdId: current.shopId,
        action: 'listing.set_stock',
        details: {
          listingId,
          title: current.title,
          stock: { from: current.stock, to: changed.stock },
          ...(sent.idempotencyKey === undefined ? {} : { [REQUEST_KEY_DETAIL]: sent.idempotencyKey }),
        },
        at: now,
      });
      return this.load(repos, listingId);
    });
    return toListingView(stored, now);
  }

  /** The shop id of a listing, for deciding who may change it (NOT_FOUND when there is no such listing). */
  async shopOf(listingId: string): Promise<string> {
    return (await this.load(repositoriesFor(this.deps.db), listingId)).shopId;
  }

  /** A page of the shop's listings, the latest change first. */
  async mine(householdId: string, page: PageRequest): Promise<Page<ListingView>> {
    const now = this.deps.clock.now();
    const after = positionOf(page);
    const listings = await repositoriesFor(this.deps.db).listings.listByShop(householdId, {
      after,
      limit: page.limit + 1,
    });
    return pageOf(
      listings,
      page.limit,
      (l) => [l.updatedAt.toISOString(), l.id],
      (l) => toListingView(l, now),
    );
  }

  /**
   * A listing page. Buyers see only what is or was on sale; a draft is visible to whoever manages its shop.
   */
  async get(listingId: string, manages: (shopId: string) => Promise<boolean>): Promise<ListingView> {
    const listing = await repositoriesFor(this.deps.db).listings.findWithPlace(listingId);
    if (!listing || (listing.status === 'draft' && !(await manages(listing.shopId)))) {
      throw new DomainError('listing.not_found', { listingId }, ['listingId']);
    }
    return toListingView(listing, this.deps.clock.now());
  }

  /**
   * Where a listing's produce comes from, for its public origin page and QR label: the household's shop, its village
   * and commune, the harvest and OCOP stars it entered. A draft is `listing.not_found` (as for `get`).
   */
  async origin(listingId: string): Promise<ListingOrigin> {
    const repos = repositoriesFor(this.deps.db);
    const listing = await repos.listings.findWithPlace(listingId);
    if (!listing || listing.status === 'draft') {
      throw new DomainError('listing.not_found', { listingId }, ['listingId']);
    }
    const commune = await repos.villages.communeOf(listing.villageId);
    return {
      listingId: listing.id,
      productId: listing.productId,
      title: listing.title,
      shopId: listing.shopId,
      shopName: listing.shopName,
      villageName: listing.villageName,
      communeName: commune?.name ?? '',
      harvest: listing.harvest,
      ocopStars: listing.ocopStars ?? null,
    };
  }

  /**
   * Folded-text search over listings on sale, in season now first, then by how well the text matches, then the
   * newest change; paged. The database filters, ranks (as the domain's `matchesSearch` / `searchScore` would) and
   * pages, from its word index (ListingRepository.search). The same question within moments is answered once.
   */
  async search(search: ListingSearch): Promise<SearchPage> {
    const now = this.deps.clock.now();
    // Seasons turn by the day and phases by the hour at most: the marketplace's hour is part of the question.
    const key = `${now.toISOString().slice(0, 13)}|${JSON.stringify(search)}`;
    const cache = this.deps.searchCache;
    // Taken before reading: a change committed while this search reads is not hidden behind its answer.
    const ticket = cache?.ticket();
    const cached = cache?.get(key);
    if (cached) return cached;
    const page = await this.searchNow(search, now);
    cache?.set(key, page, ticket);
    return page;
  }

  private async searchNow(search: ListingSearch, now: Date): Promise<SearchPage> {
    const repos = repositoriesFor(this.deps.db);
    // A village that does not exist is a wrong link, not a village without listings: say so.
    if (search.villageId && !(await repos.villages.exists(search.villageId))) {
      throw new DomainError('village.not_found', { villageId: search.villageId }, ['villageId']);
    }
    if (search.communeCode && !(await repos.communes.find(search.communeCode))) {
      throw new DomainError('commune.not_found', { code: search.communeCode }, ['communeCode']);
    }
    const after = search.cursor === undefined ? undefined : decodeCursor(search.cursor, SearchPositionSchema);
    const found = await repos.listings.search({
      words: searchTokens(search.query),
      productId: search.productId,
      villageId: search.villageId,
      communeCode: search.communeCode,
      minPrice: search.minPrice,
      maxPrice: search.maxPrice,
      today: toLocalDate(now),
      inSeasonNow: search.inSeasonNow,
      offset: (search.page - 1) * search.pageSize,
      limit: search.pageSize,
      after,
    });
    const { last } = found;
    return {
      items: found.items.map((listing) => toListingView(listing, now)),
      total: found.total,
      page: search.page,
      pageSize: search.pageSize,
      nextCursor: last ? encodeCursor([last.phase, last.soldOut, last.score, last.updatedAt, last.id]) : null,
    };
  }
}
