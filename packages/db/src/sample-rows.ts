import type { Kysely } from 'kysely';
import type { Database } from './database.ts';
import type { NewOrderLineRow, NewOrderRow } from './tables/orders.ts';
import type { ListingRow, ShopRow } from './tables/shops.ts';

/** Commune codes: Long Đống before the 2025 reform, xã Bắc Sơn after it. */
const LONG_DONG = '06328';
const BAC_SON = '06325';

/** A time in December 2021, when Long Đống's first five months of selling online ended. */
export const SAMPLE_TIME = '2021-12-20T03:00:00.000Z';

let counter = 0;

/** A short id unique within the test process, readable in a failure message ("village-3"). */
export function sampleId(kind: string): string {
  counter += 1;
  return `${kind}-${counter}`;
}

/** A Vietnamese mobile number unique within the test process. */
export function samplePhone(): string {
  counter += 1;
  return `09${String(counter).padStart(8, '0')}`;
}

export interface SampleShop {
  readonly villageId: string;
  readonly householdId: string;
  readonly sellerId: string;
  readonly buyerId: string;
  readonly shop: ShopRow;
  readonly listing: ListingRow;
}

/**
 * Inserts the smallest world an order needs: a village, a household with its seller login, a shop with one
 * dragon-fruit listing (`stock` grams), and a buyer. Every id and phone is new, so a test can call it many times
 * on one database.
 */
export async function insertSampleShop(db: Kysely<Database>, stock = 50_000): Promise<SampleShop> {
  const villageId = sampleId('village');
  const householdId = sampleId('household');
  const sellerId = sampleId('seller');
  const buyerId = sampleId('buyer');
  await db
    .insertInto('villages')
    .values({
      id: villageId,
      name: `Thôn ${villageId}`,
      legacy_commune_code: LONG_DONG,
      current_commune_code: BAC_SON,
      name_is_invented: 1,
    })
    .execute();
  await db
    .insertInto('households')
    .values({
      id: householdId,
      village_id: villageId,
      head_name: 'Hoàng Văn Thắng',
      adoption_stage: 'selling',
      created_at: SAMPLE_TIME,
    })
    .execute();
  await db
    .insertInto('users')
    .values([
      {
        id: sellerId,
        phone: samplePhone(),
        password_hash: null,
        role: 'seller',
        household_id: householdId,
        village_id: null,
        display_name: 'Hoàng Thị Mai',
        created_at: SAMPLE_TIME,
        disabled_at: null,
      },
      {
        id: buyerId,
        phone: samplePhone(),
        password_hash: null,
        role: 'buyer',
        household_id: null,
        village_id: null,
        display_name: 'Nguyễn Văn An',
        created_at: SAMPLE_TIME,
        disabled_at: null,
      },
    ])
    .execute();
  const shop = await db
    .insertInto('shops')
    .values({
      id: householdId,
      name: 'Thanh long nhà Thắng',
      description: 'Thanh long ruột đỏ Long Đống',
      status: 'open',
      opened_at: SAMPLE_TIME,
      opened_by: sellerId,
      updated_at: SAMPLE_TIME,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const listing = await db
    .insertInto('listings')
    .values({
      id: sampleId('listing'),
      shop_id: shop.id,
      product_id: 'dragon-fruit',
      title: 'Thanh long ruột đỏ loại 1',
      description: 'Hái sáng, giao trong ngày',
      unit_price: 28_000,
      stock,
      min_order: 1_000,
      per_buyer_cap: null,
      harvest_from: '2021-05-01',
      harvest_until: '2021-10-31',
      status: 'active',
      created_at: SAMPLE_TIME,
      updated_at: SAMPLE_TIME,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { villageId, householdId, sellerId, buyerId, shop, listing };
}

/** An order of 3 kg from the sample shop's listing, unpaid, placed at `SAMPLE_TIME`; `values` change any column. */
export function sampleOrder(world: SampleShop, values: Partial<NewOrderRow> = {}): NewOrderRow {
  return {
    id: sampleId('order'),
    checkout_id: sampleId('checkout'),
    shop_id: world.shop.id,
    buyer_id: world.buyerId,
    status: 'placed',
    zone: 'local',
    delivery_address: JSON.stringify({ form: 'current', line: 'Thôn Rạ Lá', villageId: null }),
    delivery_phone: '0987654321',
    note: null,
    subtotal: 84_000,
    delivery_fee: 15_000,
    total: 99_000,
    payment_method: 'bank_transfer',
    paid_amount: null,
    paid_at: null,
    tracking_code: null,
    close_reason: null,
    placed_at: SAMPLE_TIME,
    confirm_by: '2021-12-21T03:00:00.000Z',
    updated_at: SAMPLE_TIME,
    ...values,
  };
}

/** The line of `sampleOrder`: 3 kg of the sample listing at 28.000 ₫/kg. */
export function sampleOrderLine(
  world: SampleShop,
  orderId: string,
  values: Partial<NewOrderLineRow> = {},
): NewOrderLineRow {
  return {
    id: sampleId('line'),
    order_id: orderId,
    listing_id: world.listing.id,
    product_id: world.listing.product_id,
    title: world.listing.title,
    unit: 'kg',
    unit_price: world.listing.unit_price,
    quantity_ordered: 3_000,
    quantity_packed: null,
    line_total: 84_000,
    pre_order: 0,
    position: 0,
    ...values,
  };
}
