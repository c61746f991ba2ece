import type { Database, ShopRow } from '@nongsan/db';
import { type ShopPaymentOptions, type ShopStatus, ShopStatusSchema } from '@nongsan/domain';
import type { Kysely } from 'kysely';

/** A household's digital shop; its id is the household's id. */
export interface Shop {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly status: ShopStatus;
  readonly openedAt: string;
  readonly openedBy: string;
  readonly updatedAt: string;
  /** Whether buyers may pay cash on delivery; absent when inserting means yes. */
  readonly acceptsCashOnDelivery?: boolean;
}

/** A shop with where it is, for buyers. */
export interface ShopView extends Shop {
  readonly villageId: string;
  readonly villageName: string;
  readonly head: string;
  readonly acceptsCashOnDelivery: boolean;
}

function toShop(row: ShopRow): Shop {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    status: ShopStatusSchema.parse(row.status),
    openedAt: row.opened_at,
    openedBy: row.opened_by,
    updatedAt: row.updated_at,
    acceptsCashOnDelivery: row.accepts_cash_on_delivery === 1,
  };
}

export class ShopRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async findById(id: string): Promise<Shop | null> {
    const row = await this.db.selectFrom('shops').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toShop(row) : null;
  }

  async findView(id: string): Promise<ShopView | null> {
    const row = await this.db
      .selectFrom('shops')
      .innerJoin('households', 'households.id', 'shops.id')
      .innerJoin('villages', 'villages.id', 'households.village_id')
      .selectAll('shops')
      .select(['households.village_id', 'villages.name as village_name', 'households.head_name'])
      .where('shops.id', '=', id)
      .executeTakeFirst();
    if (!row) return null;
    return {
      ...toShop(row),
      villageId: row.village_id,
      villageName: row.village_name,
      head: row.head_name,
      acceptsCashOnDelivery: row.accepts_cash_on_delivery === 1,
    };
  }

  /**
   * What decides how each shop can be paid (the domain's `acceptedPaymentMethods` reads it): its cash-on-delivery
   * setting and the kinds of account it has, in one query. A shop that does not exist is absent.
   */
  async paymentOptions(ids: readonly string[]): Promise<Map<string, ShopPaymentOptions>> {
    const options = new Map<
      string,
      { acceptsCashOnDelivery: boolean; paymentAccounts: { kind: 'bank' | 'e_wallet' }[] }
    >();
    if (ids.length === 0) return options;
    const rows = await this.db
      .selectFrom('shops')
      .leftJoin('payment_accounts', 'payment_accounts.household_id', 'shops.id')
      .select(['shops.id', 'shops.accepts_cash_on_delivery', 'payment_accounts.kind'])
      .where('shops.id', 'in', [...ids])
      .execute();
    for (const row of rows) {
      const shop = options.get(row.id) ?? {
        acceptsCashOnDelivery: row.accepts_cash_on_delivery === 1,
        paymentAccounts: [],
      };
      if (row.kind === 'bank' || row.kind === 'e_wallet') shop.paymentAccounts.push({ kind: row.kind });
      options.set(row.id, shop);
    }
    return options;
  }

  async insert(shop: Shop): Promise<void> {
    await this.insertMany([shop]);
  }

  async insertMany(shops: readonly Shop[]): Promise<void> {
    for (let i = 0; i < shops.length; i += 500) {
      await this.db
        .insertInto('shops')
        .values(
          shops.slice(i, i + 500).map((shop) => ({
            id: shop.id,
            name: shop.name,
            description: shop.description,
            status: shop.status,
            opened_at: shop.openedAt,
            opened_by: shop.openedBy,
            updated_at: shop.updatedAt,
            accepts_cash_on_delivery: shop.acceptsCashOnDelivery === false ? 0 : 1,
          })),
        )
        .execute();
    }
  }

  async update(
    id: string,
    changes: {
      name: string;
      description: string;
      status: ShopStatus;
      acceptsCashOnDelivery: boolean;
      updatedAt: string;
    },
  ): Promise<void> {
    await this.db
      .updateTable('shops')
      .set({
        name: changes.name,
        description: changes.description,
        status: changes.status,
        accepts_cash_on_delivery: changes.acceptsCashOnDelivery ? 1 : 0,
        updated_at: changes.updatedAt,
      })
      .where('id', '=', id)
      .execute();
  }
}
