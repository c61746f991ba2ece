import type { Database, ShopRow } from '@nongsan/db';
import { type ShopStatus, ShopStatusSchema } from '@nongsan/domain';
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
}

/** A shop with where it is, for buyers. */
export interface ShopView extends Shop {
  readonly villageId: string;
  readonly villageName: string;
  readonly head: string;
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
    return { ...toShop(row), villageId: row.village_id, villageName: row.village_name, head: row.head_name };
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
          })),
        )
        .execute();
    }
  }

  async update(
    id: string,
    changes: { name: string; description: string; status: ShopStatus; updatedAt: string },
  ): Promise<void> {
    await this.db
      .updateTable('shops')
      .set({
        name: changes.name,
        description: changes.description,
        status: changes.status,
        updated_at: changes.updatedAt,
      })
      .where('id', '=', id)
      .execute();
  }
}
