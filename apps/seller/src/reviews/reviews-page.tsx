import type { RouterOutputs } from '@nongsan/api';
import {
  AppBar,
  CardListSkeleton,
  errorMessage,
  format,
  Notice,
  Page,
  SubmitButton,
  useFormProblems,
  useLocale,
  useSubmitGuard,
} from '@nongsan/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTRPC } from '../trpc.ts';
import { HideForm } from './hide-form.tsx';
import './reviews.css';

type ShopReview = RouterOutputs['reviews']['forShop']['latest'][number];

/** The shop's one answer to a review: a box and a button until it is sent. */
function AnswerForm({ review, householdId }: { review: ShopReview; householdId: string | undefined }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t } = useLocale();
  const [answer, setAnswer] = useState('');
  const { submit, pending } = useSubmitGuard();
  const { errors, showError, clear } = useFormProblems(['answer']);
  const send = useMutation(trpc.reviews.answer.mutationOptions());

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit(async () => {
      clear();
      try {
        await send.mutateAsync({
          orderId: review.orderId,
          answer: answer.trim(),
          ...(householdId ? { householdId } : {}),
        });
        await queryClient.invalidateQueries({
          queryKey: trpc.reviews.forShop.queryKey({ shopId: review.shopId }),
        });
      } catch (caught) {
        showError(caught);
      }
    });
  }

  return (
    <form className="seller-review-form" noValidate onSubmit={onSubmit}>
      <label className="ns-field" data-field="answer">
        <span className="ns-field__label">{t('seller.reviews.answer')}</span>
        <textarea
          className="ns-field__input"
          name="answer"
          rows={2}
          maxLength={1000}
          value={answer}
          onChange={(event) => setAnswer(event.target.value)}
        />
        <span className="ns-field__error">{errors.fields.answer ?? ''}</span>
      </label>
      {errors.form ? <Notice tone="error">{errors.form}</Notice> : null}
      <SubmitButton pending={pending} pendingLabel={t('state.sending')}>
        {t('seller.reviews.sendAnswer')}
      </SubmitButton>
    </form>
  );
}

/**
 * The reviews buyers left a shop, newest first: each with its stars, comment and photo, and the shop's answer or
 * the box to give it (once). The household's helper also sees it, acting for the household, and may hide an
 * abusive review with a reason.
 */
export default function ReviewsPage({
  shopId,
  householdId,
  canHide = false,
  start,
}: {
  shopId: string;
  /** Named when a helper acts for the household. */
  householdId?: string;
  canHide?: boolean;
  start?: ReactNode;
}) {
  const trpc = useTRPC();
  const { t, locale } = useLocale();
  const queryClient = useQueryClient();
  const reviews = useQuery(trpc.reviews.forShop.queryOptions({ shopId }, { staleTime: 0 }));

  return (
    <>
      <AppBar title={t('seller.reviews.title')} start={start} />
      <Page heading={t('seller.reviews.title')}>
        {reviews.isPending ? <CardListSkeleton count={2} label={t('state.loading')} /> : null}
        {reviews.isError ? <Notice tone="error">{errorMessage(reviews.error, locale)}</Notice> : null}
        {reviews.data ? (
          <>
            <p className="seller-review-summary">
              {reviews.data.average === null
                ? t('seller.reviews.none')
                : t('seller.reviews.summary', {
                    average: format.rating(reviews.data.average, locale),
                    count: reviews.data.count,
                  })}
            </p>
            <ul className="ns-cards">
              {reviews.data.latest.map((review) => (
                <li key={review.orderId} className="ns-card seller-review">
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
                  {review.photo ? (
                    <img
                      className="seller-review__photo"
                      src={`/photos/${review.photo}`}
                      alt={t('seller.reviews.photoAlt', { name: review.buyerName })}
                      width={96}
                      height={96}
                      loading="lazy"
                    />
                  ) : null}
                  {review.answer !== null ? (
                    <div className="seller-review__answer">
                      <p className="seller-review__answer-title">{t('seller.reviews.answered')}</p>
                      <p>{review.answer}</p>
                    </div>
                  ) : (
                    <AnswerForm review={review} householdId={householdId} />
                  )}
                  {canHide ? (
                    <HideForm
                      orderId={review.orderId}
                      onHidden={() =>
                        queryClient.invalidateQueries({
                          queryKey: trpc.reviews.forShop.queryKey({ shopId: review.shopId }),
                        })
                      }
                    />
                  ) : null}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </Page>
    </>
  );
}
