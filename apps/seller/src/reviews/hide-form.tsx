import { Notice, SubmitButton, useFormProblems, useLocale, useSubmitGuard } from '@nongsan/ui';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTRPC } from '../trpc.ts';

/** A helper or official of the commune (or the province's official) hides an abusive review, saying why (kept in the audit log). */
export function HideForm({
  orderId,
  onHidden,
}: {
  orderId: string;
  /** Refreshes the list the review was shown in, once it is hidden. */
  onHidden: () => Promise<void>;
}) {
  const trpc = useTRPC();
  const { t } = useLocale();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const { submit, pending } = useSubmitGuard();
  const { errors, showError, clear } = useFormProblems(['reason']);
  const hide = useMutation(trpc.reviews.hide.mutationOptions());

  if (!open) {
    return (
      <button type="button" className="ns-button" onClick={() => setOpen(true)}>
        {t('seller.reviews.hide')}
      </button>
    );
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit(async () => {
      clear();
      try {
        await hide.mutateAsync({ orderId, reason: reason.trim() });
        await onHidden();
      } catch (caught) {
        showError(caught);
      }
    });
  }

  return (
    <form className="seller-review-form" noValidate onSubmit={onSubmit}>
      <label className="ns-field" data-field="reason">
        <span className="ns-field__label">{t('seller.reviews.hideReason')}</span>
        <input
          className="ns-field__input"
          name="reason"
          maxLength={300}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
        <span className="ns-field__error">{errors.fields.reason ?? ''}</span>
      </label>
      {errors.form ? <Notice tone="error">{errors.form}</Notice> : null}
      <div className="seller-review-form__buttons">
        <SubmitButton pending={pending} pendingLabel={t('state.sending')}>
          {t('seller.reviews.hideSend')}
        </SubmitButton>
        <button type="button" className="ns-button" disabled={pending} onClick={() => setOpen(false)}>
          {t('seller.reviews.hideCancel')}
        </button>
      </div>
    </form>
  );
}
