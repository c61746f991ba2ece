import {
  DomainError,
  openShop,
  parseInput,
  ShopNameSchema,
  type ShopStatus,
  setShopStatus,
} from '@nongsan/domain';
import type { ShopActor } from '../auth/shop-actor.ts';
import { inTransaction, repositoriesFor } from '../repositories/repositories.ts';
import type { ShopView } from '../repositories/shop-repository.ts';
import { recordAudit } from './audit.ts';
import type { ServiceDeps } from './deps.ts';
import { loadHousehold } from './household-service.ts';

export class ShopService {
  constructor(private readonly deps: ServiceDeps) {}

  /** A household opens its digital shop (the domain checks it is registered and has none yet). */
  async open(
    actor: ShopActor,
    householdId: string,
    input: { name: string | null; description: string },
  ): Promise<ShopView> {
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
      const view = await repos.shops.findView(householdId);
      if (!view) throw new Error(`The shop ${householdId} just opened is missing`);
      return view;
    });
  }

  async get(shopId: string): Promise<ShopView> {
    const view = await repositoriesFor(this.deps.db).shops.findView(shopId);
    if (!view) throw new DomainError('shop.not_found', { shopId }, ['shopId']);
    return view;
  }

  /** Renames, describes, pauses, closes or reopens the shop. */
  async update(
    actor: ShopActor,
    householdId: string,
    input: { name?: string | undefined; description?: string | undefined; status?: ShopStatus | undefined },
  ): Promise<ShopView> {
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
      await repos.shops.update(householdId, { name, description, status, updatedAt: now.toISOString() });
      const changes: Record<string, unknown> = {};
      if (name !== shop.name) changes.name = { from: shop.name, to: name };
      if (description !== shop.description) changes.description = true;
      if (status !== shop.status) changes.status = { from: shop.status, to: status };
      await recordAudit(repos, {
        actorUserId: actor.userId,
        householdId,
        action: 'shop.update',
        details: changes,
        at: now,
      });
      const view = await repos.shops.findView(householdId);
      if (!view) throw new Error(`The shop ${householdId} vanished`);
      return view;
    });
  }
}
