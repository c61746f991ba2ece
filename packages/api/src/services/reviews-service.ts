import {
  type Actor,
  answerReview,
  DomainError,
  hideReview,
  mayViewOrder,
  type Oversight,
  parseInput,
  type Review,
  type ReviewInput,
  ReviewInputSchema,
  ratingOfTotals,
  reviewOrder,
  shopRating,
} from '@nongsan/domain';
import type { SessionUser } from '../auth/session-user.ts';
import type { PhotoStore } from '../photos/photo-store.ts';
import { inTransaction, type Repositories, repositoriesFor } from '../repositories/repositories.ts';
import { recordAudit } from './audit.ts';
import { attachBuyerPhotoIn } from './buyer-photos-service.ts';
import type { ServiceDeps } from './deps.ts';
import { type Page, type PageRequest, pageOf, positionOf } from './page-cursor.ts';

/** A review as the apps show it. */
export interface ReviewView {
  readonly orderId: string;
  readonly shopId: string;
  readonly rating: number;
  readonly comment: string | null;
  readonly photo: string | null;
  readonly createdAt: string;
  readonly answer: string | null;
  readonly answeredAt: string | null;
  readonly hidden: boolean;
}

/** A shop's rating and its latest visible reviews, with the buyer's first name only. */
export interface ShopReviewsView {
  readonly average: number | null;
  readonly count: number;
  readonly latest: (ReviewView & { readonly buyerName: string })[];
}

/** A review in a commune's list for its officials: which shop, and the buyer's first name only. */
export interface CommuneReviewView extends ReviewView {
  readonly shopName: string | null;
  readonly buyerName: string;
}

/** The given name a Vietnamese full name ends with: all a shop page or an official's list shows of a buyer. */
function firstName(displayName: string): string {
  return displayName.trim().split(/\s+/).at(-1) ?? '';
}

function toView(review: Review): ReviewView {
  return {
    orderId: review.orderId,
    shopId: review.shopId,
    rating: review.rating,
    comment: review.comment,
    photo: review.photo,
    createdAt: review.createdAt.toISOString(),
    answer: review.answer,
    answeredAt: review.answeredAt?.toISOString() ?? null,
    hidden: review.hiddenAt !== null,
  };
}

/** How many reviews a shop page shows. */
const LATEST = 20;

/** Ratings and reviews: the domain decides who may, the repository keeps one per order. */
export class ReviewsService {
  constructor(
    private readonly deps: ServiceDeps,
    /** Where a review's photo is moved to be served, once the buyer attaches it. */
    private readonly photos: PhotoStore,
  ) {}

  private async existing(repos: Repositories, orderId: string): Promise<Review> {
    const review = await repos.reviews.findByOrder(orderId);
    if (!review) throw new DomainError('review.not_found', {}, ['orderId']);
    return review;
  }

  /**
   * The buyer reviews their delivered order, once, with a photo they uploaded (attached and served from then on).
   * Anyone not its buyer is told the order does not exist.
   */
  async create(actor: Actor, orderId: string, input: ReviewInput): Promise<ReviewView> {
    const parsed = parseInput(ReviewInputSchema, input);
    return inTransaction(this.deps.db, async (repos) => {
      const order = await repos.orders.findById(orderId);
      if (!order || actor.kind !== 'buyer' || order.buyerId !== actor.userId)
        throw new DomainError('order.not_found', { orderId }, ['orderId']);
      const review = reviewOrder(
        order,
        await repos.reviews.findByOrder(orderId),
        actor,
        parsed,
        this.deps.clock.now(),
      );
      await repos.reviews.insert(review);
      if (review.photo !== null)
        await attachBuyerPhotoIn(repos, this.photos, {
          key: review.photo,
          buyerId: review.buyerId,
          to: `review:${orderId}`,
          at: review.createdAt,
        });
      return toView(review);
    });
  }

  /** The shop answers a review of one of its orders, once. */
  async answer(actor: Actor, orderId: string, answer: string): Promise<ReviewView> {
    return inTransaction(this.deps.db, async (repos) => {
      const review = await this.existing(repos, orderId);
      const now = this.deps.clock.now();
      const answered = answerReview(review, actor, answer, now);
      if (actor.kind === 'system' || !(await repos.reviews.answer(orderId, answer, actor.userId, now)))
        throw new DomainError('review.already_answered', {}, ['answer']);
      await recordAudit(repos, {
        actorUserId: actor.userId,
        householdId: review.shopId,
        action: 'review.answer',
        details: { orderId },
        at: now,
      });
      return toView(answered);
    });
  }

  /**
   * A helper or official of the shop's commune, or its province's official, hides an abusive review, with the
   * reason, in the audit log. `oversight` is what the caller oversees.
   */
  async hide(user: SessionUser, oversight: Oversight, orderId: string, reason: string): Promise<ReviewView> {
    return inTransaction(this.deps.db, async (repos) => {
      const review = await this.existing(repos, orderId);
      const now = this.deps.clock.now();
      const household = await repos.households.findById(review.shopId);
      const commune = household ? await repos.villages.communeOf(household.villageId) : undefined;
      if (!commune) throw new DomainError('review.not_found', {}, ['orderId']);
      const hidden = hideReview(review, { role: user.role, oversight }, commune, now);
      if (!(await repos.reviews.hide(orderId, reason, user.id, now)))
        throw new DomainError('review.already_hidden', {}, ['orderId']);
      await recordAudit(repos, {
        actorUserId: user.id,
        householdId: review.shopId,
        action: 'review.hide',
        details: { orderId, reason, rating: review.rating },
        at: now,
      });
      return toView(hidden);
    });
  }

  /** A shop's average and count of visible reviews, and the latest of them. */
  async forShop(shopId: string): Promise<ShopReviewsView> {
    const repos = repositoriesFor(this.deps.db);
    if (!(await repos.shops.findById(shopId)))
      throw new DomainError('shop.not_found', { shopId }, ['shopId']);
    const rating = shopRating(await repos.reviews.ratingsOf(shopId));
    const latest = await repos.reviews.latestVisible(shopId, LATEST);
    return {
      ...rating,
      latest: latest.map((r) => ({ ...toView(r), buyerName: firstName(r.buyerName) })),
    };
  }

  /**
   * The latest visible reviews of a commune's shops, newest first, a page at a time: what its officials and helpers
   * (or the province's official) look through to hide an abusive one. The caller checked they oversee the commune.
   */
  async ofCommune(communeCode: string, request: PageRequest): Promise<Page<CommuneReviewView>> {
    const rows = await repositoriesFor(this.deps.db).reviews.latestVisibleInCommune(communeCode, {
      after: positionOf(request),
      limit: request.limit + 1,
    });
    return pageOf(
      rows,
      request.limit,
      (r) => [r.createdAt.toISOString(), r.orderId],
      (r) => ({ ...toView(r), shopName: r.shopName, buyerName: firstName(r.buyerName) }),
    );
  }

  /** The ratings of the shops of a page of listings: each shop that has visible reviews, with its average and count. */
  async ratingsOf(
    shopIds: readonly string[],
  ): Promise<{ shopId: string; average: number | null; count: number }[]> {
    const totals = await repositoriesFor(this.deps.db).reviews.visibleTotalsOf([...new Set(shopIds)]);
    return totals.map((t) => ({ shopId: t.shopId, ...ratingOfTotals(t.stars, t.count) }));
  }

  /** The review of an order, for its buyer and its shop (null before one is written). */
  async ofOrder(actor: Actor, orderId: string): Promise<ReviewView | null> {
    const repos = repositoriesFor(this.deps.db);
    const order = await repos.orders.findById(orderId);
    if (!order || !mayViewOrder(order, actor))
      throw new DomainError('order.not_found', { orderId }, ['orderId']);
    const review = await repos.reviews.findByOrder(orderId);
    return review ? toView(review) : null;
  }
}
