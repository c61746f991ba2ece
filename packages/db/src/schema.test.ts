import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { type ConstraintViolation, constraintViolation } from './constraint-errors.ts';
import {
  DIALECTS,
  insertSampleShop,
  SAMPLE_TIME,
  sampleId,
  sampleOrder,
  sampleOrderLine,
  samplePhone,
  useTestDatabase,
} from './testing.ts';

/** The constraint violation a write ended in, or a failure of the test if it went through. */
async function violation(write: Promise<unknown>): Promise<ConstraintViolation> {
  const error = await write.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'the write should have been refused').toBeDefined();
  const found = constraintViolation(error);
  expect(found, `not a constraint violation: ${String(error)}`).not.toBeNull();
  return found as ConstraintViolation;
}

for (const dialect of DIALECTS) {
  describe(dialect, () => {
    const t = useTestDatabase(dialect);

    describe('round trip', () => {
      it('returns money and quantities as JS numbers, times and JSON as the same text', async () => {
        const world = await insertSampleShop(t.db);
        // Nine billion đồng: beyond 32-bit integers, within the domain's ten-billion cap.
        const order = sampleOrder(world, {
          subtotal: 8_999_985_000,
          delivery_fee: 15_000,
          total: 9_000_000_000,
          paid_amount: 9_000_000_000,
          paid_at: '2021-12-20T10:15:30.123Z',
          note: 'Giao buổi chiều giúp em ạ',
        });
        await t.db.insertInto('orders').values(order).execute();
        const line = sampleOrderLine(world, order.id, {
          quantity_ordered: 2_345,
          quantity_packed: 2_400,
          line_total: 67_200,
        });
        await t.db.insertInto('order_lines').values(line).execute();

        const storedOrder = await t.db
          .selectFrom('orders')
          .selectAll()
          .where('id', '=', order.id)
          .executeTakeFirst();
        expect(storedOrder).toStrictEqual({ ...order, version: 1 });
        const storedLine = await t.db
          .selectFrom('order_lines')
          .selectAll()
          .where('id', '=', line.id)
          .executeTakeFirst();
        expect(storedLine).toStrictEqual(line);
        expect(JSON.parse(storedOrder?.delivery_address ?? '')).toEqual(JSON.parse(order.delivery_address));
      });

      it('fills the defaults the interface marks Generated', async () => {
        const world = await insertSampleShop(t.db);
        expect(world.listing).toMatchObject({
          version: 1,
          search_text: '',
          stock: 50_000,
          unit_price: 28_000,
        });
        const household = await t.db
          .selectFrom('households')
          .select(['is_lead'])
          .where('id', '=', world.householdId)
          .executeTakeFirstOrThrow();
        expect(household.is_lead).toBe(0);
      });

      it('returns counts and sums of money as numbers', async () => {
        const world = await insertSampleShop(t.db);
        const amounts = [3_000_000_000, 4_000_000_000, 123];
        for (const total of amounts) {
          await t.db
            .insertInto('orders')
            .values(sampleOrder(world, { subtotal: total, delivery_fee: 0, total }))
            .execute();
        }
        const totals = await t.db
          .selectFrom('orders')
          .select((eb) => [eb.fn.countAll<number>().as('orders'), eb.fn.sum<number>('total').as('revenue')])
          .where('shop_id', '=', world.shop.id)
          .executeTakeFirstOrThrow();
        expect(totals).toStrictEqual({ orders: 3, revenue: 7_000_000_123 });
      });
    });

    describe('foreign keys', () => {
      it('refuses a household in a village that does not exist', async () => {
        const failure = await violation(
          t.db
            .insertInto('households')
            .values({
              id: sampleId('household'),
              village_id: 'nowhere',
              head_name: 'Lý Văn Ba',
              adoption_stage: 'new',
              created_at: SAMPLE_TIME,
            })
            .execute(),
        );
        expect(failure.kind).toBe('foreign_key');
      });

      it('refuses a village in a commune that does not exist, and keeps none', async () => {
        const failure = await violation(
          t.db
            .insertInto('villages')
            .values({
              id: 'nowhere:thon-moi',
              name: 'Thôn Mới',
              legacy_commune_code: '99998',
              current_commune_code: '99999',
            })
            .execute(),
        );
        expect(failure.kind).toBe('foreign_key');
        const kept = await t.db
          .selectFrom('villages')
          .select('id')
          .where('id', '=', 'nowhere:thon-moi')
          .execute();
        expect(kept).toEqual([]);
      });

      it('refuses an order line for a listing that does not exist', async () => {
        const world = await insertSampleShop(t.db);
        const order = sampleOrder(world);
        await t.db.insertInto('orders').values(order).execute();
        const failure = await violation(
          t.db
            .insertInto('order_lines')
            .values(sampleOrderLine(world, order.id, { listing_id: 'no-such-listing' }))
            .execute(),
        );
        expect(failure.kind).toBe('foreign_key');
      });

      it('refuses to delete a listing that orders point at, and keeps it', async () => {
        const world = await insertSampleShop(t.db);
        const order = sampleOrder(world);
        await t.db.insertInto('orders').values(order).execute();
        await t.db.insertInto('order_lines').values(sampleOrderLine(world, order.id)).execute();
        const failure = await violation(
          t.db.deleteFrom('listings').where('id', '=', world.listing.id).execute(),
        );
        expect(failure.kind).toBe('foreign_key');
        const left = await t.db
          .selectFrom('listings')
          .select('id')
          .where('id', '=', world.listing.id)
          .execute();
        expect(left).toHaveLength(1);
      });

      it("deletes a user's sessions with the user", async () => {
        const world = await insertSampleShop(t.db);
        await t.db
          .insertInto('sessions')
          .values({
            id: sampleId('session'),
            user_id: world.buyerId,
            created_at: SAMPLE_TIME,
            expires_at: '2022-01-20T03:00:00.000Z',
          })
          .execute();
        await t.db.deleteFrom('users').where('id', '=', world.buyerId).execute();
        const sessions = await t.db
          .selectFrom('sessions')
          .select('id')
          .where('user_id', '=', world.buyerId)
          .execute();
        expect(sessions).toEqual([]);
      });
    });

    describe('unique constraints', () => {
      it('refuses a second login with the same phone number', async () => {
        const phone = samplePhone();
        const user = {
          phone,
          password_hash: null,
          role: 'buyer' as const,
          household_id: null,
          village_id: null,
          display_name: 'Trần Thị Hoa',
          created_at: SAMPLE_TIME,
          disabled_at: null,
        };
        await t.db
          .insertInto('users')
          .values({ id: sampleId('buyer'), ...user })
          .execute();
        const failure = await violation(
          t.db
            .insertInto('users')
            .values({ id: sampleId('buyer'), ...user })
            .execute(),
        );
        expect(failure.kind).toBe('unique');
      });

      it('keeps idempotency keys per buyer: the same key twice for one buyer is refused, for another buyer it is not', async () => {
        const first = await insertSampleShop(t.db);
        const second = await insertSampleShop(t.db);
        const key = {
          key: 'cart-2021-12-20-a',
          request_hash: 'sha256:abc',
          response: null,
          created_at: SAMPLE_TIME,
        };
        await t.db
          .insertInto('idempotency_keys')
          .values({ buyer_id: first.buyerId, ...key })
          .execute();
        const failure = await violation(
          t.db
            .insertInto('idempotency_keys')
            .values({ buyer_id: first.buyerId, ...key, request_hash: 'sha256:other' })
            .execute(),
        );
        expect(failure.kind).toBe('unique');
        await t.db
          .insertInto('idempotency_keys')
          .values({ buyer_id: second.buyerId, ...key })
          .execute();
        const stored = await t.db
          .selectFrom('idempotency_keys')
          .select(['buyer_id', 'request_hash'])
          .where('key', '=', key.key)
          .orderBy('buyer_id')
          .execute();
        expect(stored).toEqual(
          [first.buyerId, second.buyerId]
            .sort()
            .map((buyer_id) => ({ buyer_id, request_hash: 'sha256:abc' })),
        );
      });

      it('lets a household have one open helper assignment at a time', async () => {
        const world = await insertSampleShop(t.db);
        const helperIds = [sampleId('helper'), sampleId('helper')];
        for (const id of helperIds) {
          await t.db
            .insertInto('users')
            .values({
              id,
              phone: samplePhone(),
              password_hash: null,
              role: 'helper',
              household_id: null,
              village_id: world.villageId,
              display_name: 'Tổ công nghệ',
              created_at: SAMPLE_TIME,
              disabled_at: null,
            })
            .execute();
        }
        const assign = (helperId: string) =>
          t.db
            .insertInto('helper_assignments')
            .values({
              id: sampleId('assignment'),
              helper_id: helperId,
              household_id: world.householdId,
              assigned_by: helperIds[0] as string,
              assigned_at: SAMPLE_TIME,
              ended_at: null,
            })
            .execute();
        await assign(helperIds[0] as string);
        expect((await violation(assign(helperIds[1] as string))).kind).toBe('unique');
        await t.db
          .updateTable('helper_assignments')
          .set({ ended_at: '2021-12-21T00:00:00.000Z' })
          .where('household_id', '=', world.householdId)
          .execute();
        await assign(helperIds[1] as string);
        const open = await t.db
          .selectFrom('helper_assignments')
          .select('helper_id')
          .where('household_id', '=', world.householdId)
          .where('ended_at', 'is', null)
          .execute();
        expect(open).toEqual([{ helper_id: helperIds[1] }]);
      });
    });

    describe('check constraints', () => {
      it('refuses stock below zero, naming the rule', async () => {
        const world = await insertSampleShop(t.db, 2_000);
        const failure = await violation(
          t.db
            .updateTable('listings')
            .set((eb) => ({ stock: eb('stock', '-', 3_000) }))
            .where('id', '=', world.listing.id)
            .execute(),
        );
        expect(failure).toMatchObject({ kind: 'check', constraint: 'listings_stock_not_negative' });
      });

      it('refuses an order whose total is not goods plus delivery', async () => {
        const world = await insertSampleShop(t.db);
        const failure = await violation(
          t.db
            .insertInto('orders')
            .values(sampleOrder(world, { total: 84_000 }))
            .execute(),
        );
        expect(failure).toMatchObject({ kind: 'check', constraint: 'orders_total_adds_up' });
      });

      it('refuses an unknown role and a seller without a household', async () => {
        const base = {
          password_hash: null,
          household_id: null,
          village_id: null,
          display_name: 'Ai đó',
          created_at: SAMPLE_TIME,
          disabled_at: null,
        };
        const unknownRole = await violation(
          sql`insert into users (id, phone, role, display_name, created_at) values (${sampleId('user')}, ${samplePhone()}, 'admin', 'Ai đó', ${SAMPLE_TIME})`.execute(
            t.db,
          ),
        );
        expect(unknownRole).toMatchObject({ kind: 'check', constraint: 'users_role_known' });
        const homeless = await violation(
          t.db
            .insertInto('users')
            .values({ id: sampleId('seller'), phone: samplePhone(), role: 'seller', ...base })
            .execute(),
        );
        expect(homeless).toMatchObject({ kind: 'check', constraint: 'users_household_iff_seller' });
      });

      it('refuses a missing required value as not null', async () => {
        const failure = await violation(
          sql`insert into villages (id, name, legacy_commune_code, current_commune_code) values (${sampleId('village')}, ${null}, '06328', '06325')`.execute(
            t.db,
          ),
        );
        expect(failure.kind).toBe('not_null');
      });
    });
  });
}
