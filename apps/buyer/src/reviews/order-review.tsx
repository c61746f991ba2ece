import { REVIEW_STARS } from '@nongsan/domain';
import {
  clientProblem,
  errorMessage,
  Notice,
  SubmitButton,
  shrinkPhoto,
  uploadPhoto,
  useFormProblems,
  useLocale,
  useSubmitGuard,
} from '@nongsan/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, type FormEvent, useEffect, useState } from 'react';
import { useTRPC } from '../trpc.ts';
import { ReviewItem } from './review-parts.tsx';

const STARS = Array.from({ length: REVIEW_STARS.max }, (_, i) => i + 1);

/** The photo the buyer picked: its key once uploaded, and a preview drawn from the phone's own file. */
interface PickedPhoto {
  readonly key: string;
  readonly preview: string;
}

/** The photo field: shrunk on the phone and uploaded at once (it waits on the server until the review is sent). */
function PhotoPicker({
  photo,
  onChange,
}: {
  photo: PickedPhoto | null;
  onChange: (p: PickedPhoto | null) => void;
}) {
  const { t, locale } = useLocale();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => () => (photo ? URL.revokeObjectURL(photo.preview) : undefined), [photo]);

  async function onPick(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const shrunk = await shrinkPhoto(file);
      const { key } = await uploadPhoto(shrunk);
      onChange({ key, preview: URL.createObjectURL(shrunk) });
    } catch (failure) {
      setError(errorMessage(failure, locale));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="ns-field" data-field="photo">
      <span id="review-photo-label" className="ns-field__label">
        {t('buyer.review.photo')}
      </span>
      {/* The phone's own picker behind a button in our words (the browser's says "Choose File" in English). */}
      <label className="ns-button buyer-photo-button">
        <span aria-hidden="true">📷</span>{' '}
        {photo ? t('buyer.review.photoAnother') : t('buyer.review.photoPick')}
        <input
          type="file"
          accept="image/*"
          aria-labelledby="review-photo-label"
          disabled={busy}
          onChange={(event) => void onPick(event)}
        />
      </label>
      {busy ? <p className="ns-muted">{t('buyer.review.photoUploading')}</p> : null}
      {photo ? (
        <div className="buyer-review-photo">
          <img src={photo.preview} alt="" width={96} height={96} />
          <button type="button" className="ns-button" onClick={() => onChange(null)}>
            {t('buyer.review.photoRemove')}
          </button>
        </div>
      ) : null}
      <p className="ns-field__error" role={error ? 'alert' : undefined}>
        {error ?? ''}
      </p>
    </div>
  );
}

/** Stars 1–5 as one radio group: a big target each, the choice read out with its word ("4 sao, Tốt"). */
function StarPicker({
  value,
  onChange,
  error,
}: {
  value: number | null;
  onChange: (n: number) => void;
  error: string | undefined;
}) {
  const { t } = useLocale();
  return (
    <fieldset className="buyer-star-picker" data-field="rating" aria-describedby="review-stars-hint">
      <legend className="ns-field__label">{t('buyer.review.stars')}</legend>
      <div className="buyer-star-picker__stars">
        {STARS.map((n) => (
          <label
            key={n}
            className={value !== null && n <= value ? 'buyer-star buyer-star--on' : 'buyer-star'}
          >
            <input type="radio" name="rating" value={n} checked={value === n} onChange={() => onChange(n)} />
            <span aria-hidden="true">★</span>
            <span className="ns-visually-hidden">
              {`${t('buyer.review.star', { count: n })}, ${t(`buyer.review.starHint.${n as 1 | 2 | 3 | 4 | 5}`)}`}
            </span>
          </label>
        ))}
      </div>
      <p id="review-stars-hint" className="ns-muted" aria-live="polite">
        {value !== null ? t(`buyer.review.starHint.${value as 1 | 2 | 3 | 4 | 5}`) : '\u00a0'}
      </p>
      <p className="ns-field__error" role={error ? 'alert' : undefined}>
        {error ?? ''}
      </p>
    </fieldset>
  );
}

/**
 * The review of a delivered order on its page: the form (stars, an optional comment and photo) until it is sent,
 * then the review as the shop page shows it, with the shop's answer once given. Loaded only for delivered orders.
 */
export default function OrderReview({ orderId }: { orderId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t, locale } = useLocale();
  const existing = useQuery(trpc.reviews.ofOrder.queryOptions({ orderId }, { staleTime: 0 }));
  const create = useMutation(trpc.reviews.create.mutationOptions());
  const { submit, pending } = useSubmitGuard();
  const { errors, showError, showProblems, clear } = useFormProblems(['rating', 'comment', 'photo']);
  const [rating, setRating] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [photo, setPhoto] = useState<PickedPhoto | null>(null);
  const [sent, setSent] = useState(false);

  function send(event: FormEvent) {
    event.preventDefault();
    if (rating === null) {
      showProblems([clientProblem('review.rating_out_of_range', ['rating'])]);
      return;
    }
    void submit(async () => {
      clear();
      try {
        const review = await create.mutateAsync({
          orderId,
          rating,
          ...(comment.trim() ? { comment: comment.trim() } : {}),
          ...(photo ? { photo: photo.key } : {}),
        });
        queryClient.setQueryData(trpc.reviews.ofOrder.queryKey({ orderId }), review);
        await queryClient.invalidateQueries({
          queryKey: trpc.reviews.forShop.queryKey({ shopId: review.shopId }),
        });
        setSent(true);
      } catch (caught) {
        showError(caught);
      }
    });
  }

  if (existing.isPending) return null;
  if (existing.isError) return <Notice tone="error">{errorMessage(existing.error, locale)}</Notice>;
  const review = existing.data;
  if (review) {
    return (
      <section className="buyer-review-section" aria-labelledby="order-review">
        <h3 id="order-review">{t('buyer.review.yours')}</h3>
        {sent ? <Notice tone="info">{t('buyer.review.sent')}</Notice> : null}
        {review.hidden ? <Notice tone="info">{t('buyer.review.hidden')}</Notice> : null}
        <ReviewItem review={review} by={t('buyer.review.you')} />
        {review.answer === null ? <p className="ns-muted">{t('buyer.review.noAnswer')}</p> : null}
      </section>
    );
  }
  return (
    <section className="buyer-review-section" aria-labelledby="order-review">
      <h3 id="order-review">{t('buyer.review.heading')}</h3>
      <p className="ns-muted">{t('buyer.review.ask')}</p>
      <form className="buyer-review-form" noValidate onSubmit={send}>
        <StarPicker value={rating} onChange={setRating} error={errors.fields.rating} />
        <label className="ns-field" data-field="comment">
          <span className="ns-field__label">{t('buyer.review.comment')}</span>
          <textarea
            className="ns-field__input"
            name="comment"
            rows={3}
            maxLength={1000}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
          />
          <span className="ns-field__error">{errors.fields.comment ?? ''}</span>
        </label>
        <PhotoPicker photo={photo} onChange={setPhoto} />
        {errors.fields.photo ? <Notice tone="error">{errors.fields.photo}</Notice> : null}
        {errors.form ? <Notice tone="error">{errors.form}</Notice> : null}
        <SubmitButton pending={pending} pendingLabel={t('state.sending')}>
          {t('buyer.review.send')}
        </SubmitButton>
      </form>
    </section>
  );
}
