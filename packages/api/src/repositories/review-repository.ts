import type { Database, ReviewRow } from '@nongsan/db';
import type { Review } from '@nongsan/domain';
import type { Kysely } from 'kysely';
import { afterPosition, type KeyPosition } from './keyset.ts';

/** A review of one of a commune's shops, with the shop's name and the buyer's display name. */
export type CommuneReview = Review & { readonly shopName: string | null; readonly buyerName: string };

function toReview(row: ReviewRow): Review {
  const at = (t: string | null) => (t === null ? null : new Date(t));
  return {
    orderId: row.order_id,
    shopId: row.shop_id,
    buyerId: row.buyer_id,
    rating: Number(row.rating),
    comment: row.comment,
    photo: row.photo,
    createdAt: new Date(row.created_at),
    answer: row.answer,
    answeredAt: at(row.answered_at),
    hiddenAt: at(row.hidden_at),
  };
}

/** Reviews of orders: one per order, listed by shop. */
export class ReviewRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async findByOrder(orderId: string): Promise<Review | null> {
    const row = await this.db
      .selectFrom('reviews')
      .selectAll()
      .where('order_id', '=', orderId)
      .executeTakeFirst();
    return row ? toReview(row) : null;
  }

  /** Writes a new review (the order's key refuses a second one). */
  async insert(review: Review): Promise<void> {
    await this.db
      .insertInto('reviews')
      .values({
        order_id: review.orderId,
        shop_id: review.shopId,
        buyer_id: review.buyerId,
        rating: review.rating,
        comment: review.comment,
        photo: review.photo,
        created_at: review.createdAt.toISOString(),
        answer: null,
        answered_at: null,
        answered_by: null,
        hidden_at: null,
        hidden_by: null,
        hide_reason: null,
      })
      .execute();
  }

  /** The shop's answer, if none was written meanwhile; false otherwise. */
  async answer(orderId: string, answer: string, by: string, at: Date): Promise<boolean> {
    const result = await this.db
      .updateTable('reviews')
      .set({ answer, answered_at: at.toISOString(), answered_by: by })
      .where('order_id', '=', orderId)
      .where('answer', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Hides a review, if nobody hid it meanwhile; false otherwise. */
  async hide(orderId: string, reason: string, by: string, at: Date): Promise<boolean> {
    const result = await this.db
      .updateTable('reviews')
      .set({ hidden_at: at.toISOString(), hidden_by: by, hide_reason: reason })
      .where('order_id', '=', orderId)
      .where('hidden_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Every star of the shop's reviews (hidden ones marked), for its average. */
  async ratingsOf(shopId: string): Promise<{ rating: number; hiddenAt: Date | null }[]> {
    const rows = await this.db
      .selectFrom('reviews')
      .select(['rating', 'hidden_at'])
      .where('shop_id', '=', shopId)
      .execute();
    return rows.map((r) => ({
      rating: Number(r.rating),
      hiddenAt: r.hidden_at === null ? null : new Date(r.hidden_at),
    }));
  }

  /** The stars and number of visible reviews of each of these shops that has any. */
  async visibleTotalsOf(
    shopIds: readonly string[],
  ): Promise<{ shopId: string; stars: number; count: number }[]> {
    if (shopIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('reviews')
      .select((eb) => [
        'shop_id',
        eb.fn.sum<number | string>('rating').as('stars'),
        eb.fn.countAll<number | string>().as('n'),
      ])
      .where('shop_id', 'in', [...shopIds])
      .where('hidden_at', 'is', null)
      .groupBy('shop_id')
      .execute();
    return rows.map((r) => ({ shopId: r.shop_id, stars: Number(r.stars), count: Number(r.n) }));
  }

  /** The shop's latest visible reviews, newest first, with the buyer's display name. */
  async latestVisible(shopId: string, limit: number): Promise<(Review & { buyerName: string })[]> {
    const rows = await this.db
      .selectFrom('reviews')
      .innerJoin('users', 'users.id', 'reviews.buyer_id')
      .selectAll('reviews')
      .select('users.display_name as buyer_name')
      .where('reviews.shop_id', '=', shopId)
      .where('reviews.hidden_at', 'is', null)
      .orderBy('reviews.created_at', 'desc')
      .orderBy('reviews.order_id', 'desc')
      .limit(limit)
      .execute();
    return rows.map((row) => ({ ...toReview(row), buyerName: row.buyer_name }));
  }

  /**
   * The visible reviews of the shops in a commune (their households' villages' current commune), newest first,
   * after `after`; `limit` rows at most.
   */
  async latestVisibleInCommune(
    communeCode: string,
    page: { after?: KeyPosition | undefined; limit: number },
  ): Promise<CommuneReview[]> {
    let query = this.db
      .selectFrom('reviews')
      .innerJoin('households', 'households.id', 'reviews.shop_id')
      .innerJoin('villages', 'villages.id', 'households.village_id')
      .innerJoin('users', 'users.id', 'reviews.buyer_id')
      .leftJoin('shops', 'shops.id', 'reviews.shop_id')
      .selectAll('reviews')
      .select(['users.display_name as buyer_name', 'shops.name as shop_name'])
      .where('villages.current_commune_code', '=', communeCode)
      .where('reviews.hidden_at', 'is', null);
    if (page.after !== undefined)
      query = query.where(afterPosition('reviews.created_at', 'reviews.order_id', page.after, 'desc'));
    const rows = await query
      .orderBy('reviews.created_at', 'desc')
      .orderBy('reviews.order_id', 'desc')
      .limit(page.limit)
      .execute();
    return rows.map((row) => ({ ...toReview(row), shopName: row.shop_name, buyerName: row.buyer_name }));
  }
}
