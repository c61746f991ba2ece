import {
  acceptedPaymentMethods,
  contactLinks,
  DomainError,
  getProduct,
  harvestMonths,
  type LinkPreview,
  type Month,
  onShopPage,
  openShop,
  type PaymentMethod,
  type ProductId,
  parseInput,
  ShopNameSchema,
  type ShopStatus,
  setShopStatus,
  shopPreview,
  shopProducts,
  toLocalDate,
  withCashOnDelivery,
} from '@nongsan/domain';
import type { ShopActor } from '../auth/shop-actor.ts';
import { inTransaction, type Repositories, repositoriesFor } from '../repositories/repositories.ts';
import type { ShopView } from '../repositories/shop-repository.ts';
import { recordAudit } from './audit.ts';
import type { ServiceDeps } from './deps.ts';
import { loadHousehold } from './household-service.ts';
import { type ListingView, toListingView } from './listing-service.ts';

/** A shop as buyers and its household see it: with the ways it can be paid now. */
export interface ShopPage extends ShopView {
  readonly paymentMethods: readonly PaymentMethod[];
}

/** The ways each shop can be paid now, by the domain's rule over its setting and accounts (absent: no such shop). */
export async function shopPaymentMethods(
  repos: Repositories,
  shopIds: readonly string[],
): Promise<Map<string, PaymentMethod[]>> {
  const options = await repos.shops.paymentOptions(shopIds);
  return new Map([...options].map(([id, shop]) => [id, acceptedPaymentMethods(shop)]));
}

async function shopPage(repos: Repositories, shopId: string): Promise<ShopPage | null> {
  const view = await repos.shops.findView(shopId);
  if (!view) return null;
  const methods = await shopPaymentMethods(repos, [shopId]);
  return { ...view, paymentMethods: methods.get(shopId) ?? [] };
}

/** A shop's page for buyers: the shop, how to reach it, its listings in season and the months its products are picked. */
export interface Storefront {
  readonly shop: ShopPage;
  /** The household's phone (its first login's), with its `tel:` and Zalo links; null when it has no login. */
  readonly contact: { readonly phone: string; readonly call: string; readonly zalo: string } | null;
  readonly listings: readonly ListingView[];
  readonly calendar: readonly { readonly productId: ProductId; readonly harvestMonths: readonly Month[] }[];
  /** What a shared link to the shop previews. */
  readonly preview: LinkPreview;
  /** The marketplace's date, for marking this month in the calendar. */
  readonly today: string;
}

export class ShopService {
  constructor(private readonly deps: ServiceDeps) {}

  /** A household opens its digital shop (the domain checks it is registered and has none yet). */
  async open(
    actor: ShopActor,
    householdId: string,
    input: { name: string | null; description: string },
  ): Promise<ShopPage> {
    const now = this.deps.clock.now();
    return inTransaction(this.deps.db, async (repos) => {
      const household = await loadHousehold(repos, householdId);
      const opened = openShop(household, input.name === null ? {} : { name: input.name }, now);
      if (!opened.shop) throw new Error('openShop returned no shop');
      const at = now.toISOString();
      await repos.shops.insert({
        id: householdId,
        name: opened.shop.name,
        description: input.description,
        status: 'open',
        openedAt: at,
        openedBy: actor.userId,
        updatedAt: at,
      });
      if (opened.adoptionStage !== household.adoptionStage) {
        await repos.households.setAdoptionStage(householdId, opened.adoptionStage);
      }
      await recordAudit(repos, {
        actorUserId: actor.userId,
        householdId,
        action: 'shop.open',
        details: { name: opened.shop.name },
        at: now,
      });
      const view = await shopPage(repos, householdId);
      if (!view) throw new Error(`The shop ${householdId} just opened is missing`);
      return view;
    });
  }

  async get(shopId: string): Promise<ShopPage> {
    const view = await shopPage(repositoriesFor(this.deps.db), shopId);
    if (!view) throw new DomainError('shop.not_found', { shopId }, ['shopId']);
    return view;
  }

  /** The shop's page for buyers (`shop.not_found` when there is none). */
  async storefront(shopId: string): Promise<Storefront> {
    const repos = repositoriesFor(this.deps.db);
    const shop = await shopPage(repos, shopId);
    if (!shop) throw new DomainError('shop.not_found', { shopId }, ['shopId']);
    const now = this.deps.clock.now();
    const [listings, logins] = await Promise.all([
      repos.listings.listByShop(shopId),
      repos.users.findByHousehold(shopId),
    ]);
    const place = { shopName: shop.name, villageId: shop.villageId, villageName: shop.villageName };
    const products = shopProducts(listings);
    const phone = logins[0]?.phone;
    return {
      shop,
      contact: phone ? { phone, ...contactLinks(phone) } : null,
      listings: listings
        .filter((l) => onShopPage(l, now))
        .map((l) => ({ ...toListingView(l, now), ...place })),
      calendar: products.map((id) => ({ productId: id, harvestMonths: harvestMonths(getProduct(id)) })),
      preview: shopPreview(shop, products),
      today: toLocalDate(now),
    };
  }

  /** Renames, describes, pauses, closes or reopens the shop; turns cash on delivery off or on. */
  async update(
    actor: ShopActor,
    householdId: string,
    input: {
      name?: string | undefined;
      description?: string | undefined;
      status?: ShopStatus | undefined;
      acceptsCashOnDelivery?: boolean | undefined;
    },
  ): Promise<ShopPage> {
    const now = this.deps.clock.now();
    return inTransaction(this.deps.db, async (repos) => {
      const household = await loadHousehold(repos, householdId);
      const shop = await repos.shops.findById(householdId);
      if (!shop || !household.shop) throw new DomainError('household.no_shop', {}, ['shop']);
      const status = input.status
        ? (setShopStatus(household, input.status).shop?.status ?? shop.status)
        : shop.status;
      const name = input.name === undefined ? shop.name : parseInput(ShopNameSchema, input.name);
      const description = input.description ?? shop.description;
      const before = shop.acceptsCashOnDelivery !== false;
      let acceptsCashOnDelivery = before;
      if (input.acceptsCashOnDelivery !== undefined && input.acceptsCashOnDelivery !== before) {
        const options = (await repos.shops.paymentOptions([householdId])).get(householdId);
        if (!options) throw new DomainError('household.no_shop', {}, ['shop']);
        acceptsCashOnDelivery = withCashOnDelivery(
          options,
          input.acceptsCashOnDelivery,
        ).acceptsCashOnDelivery;
      }
      await repos.shops.update(householdId, {
        name,
        description,
        status,
        acceptsCashOnDelivery,
        updatedAt: now.toISOString(),
      });
      const changes: Record<string, unknown> = {};
      if (name !== shop.name) changes.name = { from: shop.name, to: name };
      if (description !== shop.description) changes.description = true;
      if (status !== shop.status) changes.status = { from: shop.status, to: status };
      if (acceptsCashOnDelivery !== before) changes.acceptsCashOnDelivery = acceptsCashOnDelivery;
      await recordAudit(repos, {
        actorUserId: actor.userId,
        householdId,
        action: 'shop.update',
        details: changes,
        at: now,
      });
      const view = await shopPage(repos, householdId);
      if (!view) throw new Error(`The shop ${householdId} vanished`);
      return view;
    });
  }
}
