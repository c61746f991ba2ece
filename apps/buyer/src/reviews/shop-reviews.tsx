import { useLocale } from '@nongsan/ui';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../trpc.ts';
import { RatingSummary, ReviewItem } from './review-parts.tsx';

/**
 * A shop's rating and latest reviews, for its page and its listings' pages (loaded on its own, after the page).
 * `latest` caps how many reviews are listed (0: only the rating); `summary: false` leaves the rating out (shown
 * higher on the page already). Both read the same cached query.
 */
export default function ShopReviews({
  shopId,
  latest = 20,
  summary = true,
}: {
  shopId: string;
  latest?: number;
  summary?: boolean;
}) {
  const trpc = useTRPC();
  const { t } = useLocale();
  const reviews = useQuery(trpc.reviews.forShop.queryOptions({ shopId }, { staleTime: 0 }));
  if (!reviews.data) return null;
  const shown = reviews.data.latest.slice(0, latest);
  if (!summary && shown.length === 0) return null;
  // The rating alone (the top of a page): no section of its own, so the page has one reviews landmark.
  if (shown.length === 0) return <RatingSummary average={reviews.data.average} count={reviews.data.count} />;
  return (
    <section className="buyer-reviews" aria-label={t('buyer.review.latest')}>
      {summary ? <RatingSummary average={reviews.data.average} count={reviews.data.count} /> : null}
      {shown.length > 0 ? (
        <>
          <h3>{t('buyer.review.latest')}</h3>
          <ul className="buyer-reviews__list">
            {shown.map((review) => (
              <li key={review.orderId}>
                <ReviewItem review={review} by={review.buyerName} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
