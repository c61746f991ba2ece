import type { RouterOutputs } from '@nongsan/api';
import { format, useLocale } from '@nongsan/ui';
import './reviews.css';

type ShopReview = RouterOutputs['reviews']['forShop']['latest'][number];
type OwnReview = NonNullable<RouterOutputs['reviews']['ofOrder']>;

/** Stars as text a screen reader reads once ("4 sao"), drawn as ★★★★☆. */
export function Stars({ rating }: { rating: number }) {
  const { t } = useLocale();
  return (
    <span className="buyer-stars-shown" role="img" aria-label={t('buyer.review.star', { count: rating })}>
      {'★'.repeat(rating)}
      <span className="buyer-stars-shown__off">{'★'.repeat(5 - rating)}</span>
    </span>
  );
}

/** A shop's average and count, "4,6 ★ (23 đánh giá)", or that it has none yet. */
export function RatingSummary({ average, count }: { average: number | null; count: number }) {
  const { t, locale } = useLocale();
  if (average === null) return <p className="ns-muted buyer-rating">{t('buyer.review.none')}</p>;
  const shown = format.rating(average, locale);
  return (
    <p className="buyer-rating">
      <span aria-hidden="true">{t('buyer.review.rating', { average: shown, count })}</span>
      <span className="ns-visually-hidden">{t('buyer.review.ratingLabel', { average: shown, count })}</span>
    </p>
  );
}

/** One review as buyers read it: stars, who and when, the comment, the photo (loaded when scrolled to), the answer. */
export function ReviewItem({ review, by }: { review: ShopReview | OwnReview; by: string }) {
  const { t, locale } = useLocale();
  return (
    <article className="buyer-review">
      <Stars rating={review.rating} />
      <p className="ns-muted buyer-review__by">
        {t('buyer.review.by', { name: by, time: format.instant(review.createdAt, locale) })}
      </p>
      {review.comment ? <p className="buyer-review__comment">{review.comment}</p> : null}
      {review.photo ? (
        <a href={`/photos/${review.photo}`} target="_blank" rel="noopener noreferrer">
          <img
            className="buyer-review__photo"
            src={`/photos/${review.photo}`}
            alt={t('buyer.review.photoAlt', { name: by })}
            width={96}
            height={96}
            loading="lazy"
            decoding="async"
          />
        </a>
      ) : null}
      {review.answer ? (
        <div className="buyer-review__answer">
          <p className="buyer-review__answer-title">{t('buyer.review.answer')}</p>
          <p>{review.answer}</p>
        </div>
      ) : null}
    </article>
  );
}
