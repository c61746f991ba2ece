import { type Kysely, sql } from 'kysely';

/** The schema builder a part of the first migration writes with (`Kysely<unknown>`: see migrations.ts). */
type Schema = Kysely<unknown>['schema'];

/** Shops, their listings and the listings' photos. */
export async function createSellingTables(schema: Schema): Promise<void> {
  await schema
    .createTable('shops')
    // A shop's id is its household's id: one shop per household, found from either.
    .addColumn('id', 'text', (c) => c.primaryKey().notNull().references('households.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .addColumn('opened_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await schema
    .createTable('listings')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('shop_id', 'text', (c) => c.notNull().references('shops.id'))
    .addColumn('product_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('unit_price', 'bigint', (c) => c.notNull())
    .addColumn('stock', 'integer', (c) => c.notNull())
    .addColumn('min_order', 'integer', (c) => c.notNull())
    .addColumn('per_buyer_cap', 'integer')
    .addColumn('harvest_from', 'text')
    .addColumn('harvest_until', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('listings_unit_price_positive', sql`unit_price > 0`)
    // The last line of defence for stock: a decrement that would go below zero fails even if a query forgot
    // its `stock >= ?` condition.
    .addCheckConstraint('listings_stock_not_negative', sql`stock >= 0`)
    .addCheckConstraint('listings_min_order_positive', sql`min_order > 0`)
    .addCheckConstraint('listings_cap_at_least_min', sql`per_buyer_cap is null or per_buyer_cap >= min_order`)
    .addCheckConstraint(
      'listings_harvest_dates',
      sql`(harvest_from is null and harvest_until is null) or harvest_from <= harvest_until`,
    )
    .execute();

  await schema
    .createTable('listing_photos')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('listing_id', 'text', (c) => c.notNull().references('listings.id').onDelete('cascade'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('byte_size', 'integer', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('listing_photos_position_unique', ['listing_id', 'position'])
    .addCheckConstraint('listing_photos_size_positive', sql`byte_size > 0`)
    .addCheckConstraint('listing_photos_position_not_negative', sql`position >= 0`)
    .execute();
}
