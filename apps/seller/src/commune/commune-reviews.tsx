import { CardListSkeleton, errorMessage, format, Notice, ShowMoreButton, useLocale } from '@nongsan/ui';
import { useInfiniteQuery } from '@tanstack/react-query';
import { HideForm } from '../reviews/hide-form.tsx';
import { useTRPC } from '../trpc.ts';
import '../reviews/reviews.css';

/**
 * "Recent reviews" on the commune view: the latest visible reviews of the commune's shops, newest first, a page at a
 * time, each with "Hide this review" asking why (kept in the audit log); a hidden review leaves the list.
 */
export default function CommuneReviews({ communeCode }: { communeCode: string | undefined }) {
  const trpc = useTRPC();
  const { t, locale } = useLocale();
  const input = communeCode ? { communeCode } : {};
  const reviews = useInfiniteQuery(
    trpc.reviews.ofCommune.infiniteQueryOptions(input, {
      getNextPageParam: (page) => page.nextCursor ?? undefined,
      staleTime: 0,
    }),
  );
  const items = reviews.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section aria-labelledby="commune-reviews-heading">
      <h3 id="commune-reviews-heading">{t('commune.reviews')}</h3>
      {reviews.isPending ? (
        <CardListSkeleton count={2} label={t('state.loading')} />
      ) : reviews.isError ? (
        <Notice tone="error">{errorMessage(reviews.error, locale)}</Notice>
      ) : items.length === 0 ? (
        <p className="ns-muted">{t('commune.reviewsNone')}</p>
      ) : (
        <>
          <ul className="ns-cards" aria-labelledby="commune-reviews-heading">
            {items.map((review) => (
              <li key={review.orderId} className="ns-card seller-review" data-commune-review={review.orderId}>
                <p className="seller-review__answer-title">{review.shopName ?? t('helper.waiting.noShop')}</p>
                <p
                  className="seller-review__stars"
                  role="img"
                  aria-label={t('seller.reviews.stars', { count: review.rating })}
                >
                  {'★'.repeat(review.rating)}
                  <span className="seller-review__off">{'★'.repeat(5 - review.rating)}</span>
                </p>
                <p className="ns-muted">
                  {t('seller.reviews.by', {
                    name: review.buyerName,
                    time: format.instant(review.createdAt, locale),
                  })}
                </p>
                {review.comment ? <p>{review.comment}</p> : null}
                <HideForm orderId={review.orderId} onHidden={() => reviews.refetch().then(() => undefined)} />
              </li>
            ))}
          </ul>
          <ShowMoreButton pages={reviews} />
        </>
      )}
    </section>
  );
}
