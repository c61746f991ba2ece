import type { RouterOutputs } from '@nongsan/api';
import { BANKS, COMPLAINT_KINDS, COMPLAINT_PHOTOS_MAX, type ComplaintKind } from '@nongsan/domain';
import {
  errorMessage,
  format,
  Notice,
  SelectField,
  SubmitButton,
  shrinkPhoto,
  TextField,
  uploadPhoto,
  useFormProblems,
  useLocale,
  useSubmitGuard,
} from '@nongsan/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, type FormEvent, useState } from 'react';
import { useTRPC } from '../trpc.ts';

type ComplaintView = NonNullable<RouterOutputs['complaints']['ofOrder']['complaint']>;

const FIELDS = [
  'complaint.kind',
  'complaint.photos',
  'complaint.note',
  'complaint.refundAccount.bin',
  'complaint.refundAccount.accountNumber',
  'complaint.refundAccount.holderName',
  'refundAccount',
] as const;

/** A photo chosen for the complaint: its key on the server and a local preview. */
interface ChosenPhoto {
  readonly key: string;
  readonly preview: string;
}

/** Where the complaint stands, in the buyer's words: waiting, with the tech team, refunded, declined. */
function ComplaintState({ complaint }: { complaint: ComplaintView }) {
  const { t, locale } = useLocale();
  const amount = format.money(complaint.refundAmount ?? 0);
  return (
    <section className="buyer-complaint" aria-labelledby="complaint-yours" data-complaint={complaint.status}>
      <h3 id="complaint-yours">{t('buyer.complaint.yours')}</h3>
      <p>
        <span className="ns-badge">{t(`buyer.complaint.kind.${complaint.kind}`)}</span>{' '}
        <span className="ns-muted">
          {t('buyer.complaint.filedAt', { time: format.instant(complaint.filedAt, locale) })}
        </span>
      </p>
      {complaint.note ? <p className="buyer-complaint__note">{complaint.note}</p> : null}
      {complaint.photos.length > 0 ? (
        <ul className="buyer-complaint__photos">
          {complaint.photos.map((key, index) => (
            <li key={key}>
              <img src={`/photos/${key}`} alt={t('buyer.complaint.photo', { n: index + 1 })} loading="lazy" />
            </li>
          ))}
        </ul>
      ) : null}
      <div aria-live="polite">
        {complaint.status === 'open' ? (
          <Notice tone="info">
            {complaint.escalatedAt
              ? t('buyer.complaint.state.escalated')
              : t('buyer.complaint.state.open', { time: format.instant(complaint.escalationDue, locale) })}
          </Notice>
        ) : null}
        {complaint.status === 'refund_due' ? (
          <Notice tone="info">
            {complaint.refundMethod === 'cash'
              ? t('buyer.complaint.state.refund_due.cash', { amount })
              : t('buyer.complaint.state.refund_due.bank_transfer', {
                  amount,
                  bank: complaint.refundAccount?.bankName ?? '',
                  account: complaint.refundAccount?.accountNumber ?? '',
                })}
          </Notice>
        ) : null}
        {complaint.status === 'refunded' ? (
          <div className="buyer-complaint__refunded">
            <p className="buyer-complaint__amount">{t('buyer.complaint.state.refunded', { amount })}</p>
            {complaint.refundPaidAt ? (
              <p className="ns-muted">
                {t('buyer.complaint.state.refundedAt', {
                  time: format.instant(complaint.refundPaidAt, locale),
                })}
              </p>
            ) : null}
          </div>
        ) : null}
        {complaint.status === 'declined' ? (
          <Notice tone="error">
            {t('buyer.complaint.state.declined')}
            {complaint.answer ? ` — ${t('buyer.complaint.reason', { reason: complaint.answer })}` : null}
          </Notice>
        ) : null}
      </div>
    </section>
  );
}

/** The report: what is wrong, photos (shrunk on the phone, then uploaded), a note, and where a refund goes. */
function ComplaintForm({
  orderId,
  refundMethod,
  onClose,
}: {
  orderId: string;
  refundMethod: 'bank_transfer' | 'cash';
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t, locale } = useLocale();
  const [kind, setKind] = useState<ComplaintKind>('damaged');
  const [photos, setPhotos] = useState<ChosenPhoto[]>([]);
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [bin, setBin] = useState('');
  const [accountNumber, setAccountNumber] = useState('');
  const [holderName, setHolderName] = useState('');
  const { submit, pending } = useSubmitGuard();
  const file = useMutation(trpc.complaints.file.mutationOptions());
  const { errors, showError, clear } = useFormProblems(FIELDS);

  async function onPhoto(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    event.target.value = '';
    if (!chosen) return;
    setUploading(true);
    setUploadError(null);
    try {
      const shrunk = await shrinkPhoto(chosen);
      const { key } = await uploadPhoto(shrunk);
      setPhotos((current) => [...current, { key, preview: URL.createObjectURL(shrunk) }]);
      // What the last attempt said about the photos no longer holds.
      clear();
    } catch (failure) {
      setUploadError(errorMessage(failure, locale));
    } finally {
      setUploading(false);
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit(async () => {
      clear();
      try {
        await file.mutateAsync({
          orderId,
          complaint: {
            kind,
            photos: photos.map((p) => p.key),
            ...(note.trim() === '' ? {} : { note }),
            ...(refundMethod === 'bank_transfer'
              ? { refundAccount: { bin, accountNumber, holderName } }
              : {}),
          },
        });
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.complaints.ofOrder.queryKey({ orderId }) }),
          queryClient.invalidateQueries({ queryKey: trpc.orders.get.queryKey({ orderId }) }),
        ]);
        onClose();
      } catch (error) {
        showError(error);
      }
    });
  }

  const accountError = errors.fields.refundAccount;
  return (
    <form
      className="ns-form buyer-complaint"
      noValidate
      onSubmit={onSubmit}
      aria-labelledby="complaint-title"
    >
      <h3 id="complaint-title">{t('buyer.complaint.title')}</h3>
      {errors.form ? <Notice tone="error">{errors.form}</Notice> : null}
      <fieldset className="buyer-complaint__kinds" data-field="kind">
        <legend>{t('buyer.complaint.kind')}</legend>
        {COMPLAINT_KINDS.map((k) => (
          <label key={k} className="ns-check">
            <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
            {t(`buyer.complaint.kind.${k}`)}
          </label>
        ))}
      </fieldset>
      <div className="ns-field" data-field="photos">
        <span className="ns-field__label">{t('buyer.complaint.photos')}</span>
        <p className="ns-field__hint">{t('buyer.complaint.photosHint', { max: COMPLAINT_PHOTOS_MAX })}</p>
        {photos.length > 0 ? (
          <ul className="buyer-complaint__photos">
            {photos.map((photo, index) => (
              <li key={photo.key}>
                <img src={photo.preview} alt={t('buyer.complaint.photo', { n: index + 1 })} />
                <button
                  type="button"
                  className="ns-button"
                  onClick={() => {
                    URL.revokeObjectURL(photo.preview);
                    setPhotos((current) => current.filter((p) => p.key !== photo.key));
                  }}
                >
                  {t('buyer.complaint.removePhoto', { n: index + 1 })}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        {photos.length < COMPLAINT_PHOTOS_MAX ? (
          <label className="ns-button buyer-complaint__add-photo">
            {uploading ? t('buyer.complaint.uploading') : t('buyer.complaint.addPhoto')}
            <input
              type="file"
              accept="image/*"
              capture="environment"
              className="ns-visually-hidden"
              name="photo"
              disabled={uploading}
              onChange={(event) => void onPhoto(event)}
            />
          </label>
        ) : null}
        <p
          className="ns-field__error"
          role={uploadError || errors.fields['complaint.photos'] ? 'alert' : undefined}
        >
          {uploadError ?? errors.fields['complaint.photos'] ?? ''}
        </p>
      </div>
      <label className="ns-field" data-field="note">
        <span className="ns-field__label">{t('buyer.complaint.note')}</span>
        {kind === 'short_weight' ? (
          <span className="ns-field__hint">{t('buyer.complaint.noteHint.short_weight')}</span>
        ) : null}
        <textarea
          className="ns-field__input"
          name="note"
          rows={3}
          maxLength={500}
          value={note}
          aria-invalid={errors.fields['complaint.note'] ? true : undefined}
          onChange={(event) => setNote(event.target.value)}
        />
        <span className="ns-field__error" role={errors.fields['complaint.note'] ? 'alert' : undefined}>
          {errors.fields['complaint.note'] ?? ''}
        </span>
      </label>
      {refundMethod === 'bank_transfer' ? (
        <fieldset className="buyer-complaint__account">
          <legend>{t('buyer.complaint.account')}</legend>
          <p className="ns-muted">{t('buyer.complaint.accountHint')}</p>
          <SelectField
            label={t('buyer.complaint.bank')}
            name="bin"
            placeholder={t('buyer.complaint.chooseBank')}
            value={bin}
            onChange={(event) => setBin(event.target.value)}
            options={BANKS.map((bank) => ({ value: bank.bin, label: `${bank.shortName} (${bank.code})` }))}
            error={errors.fields['complaint.refundAccount.bin'] ?? accountError}
          />
          <TextField
            label={t('buyer.complaint.accountNumber')}
            name="accountNumber"
            inputMode="numeric"
            autoComplete="off"
            value={accountNumber}
            onChange={(event) => setAccountNumber(event.target.value)}
            error={errors.fields['complaint.refundAccount.accountNumber']}
          />
          <TextField
            label={t('buyer.complaint.holderName')}
            name="holderName"
            autoComplete="name"
            value={holderName}
            onChange={(event) => setHolderName(event.target.value)}
            error={errors.fields['complaint.refundAccount.holderName']}
          />
        </fieldset>
      ) : (
        <p className="ns-muted">{t('buyer.complaint.cashRefund')}</p>
      )}
      <div className="buyer-complaint__buttons">
        <SubmitButton pending={pending || uploading} pendingLabel={t('state.sending')}>
          {t('buyer.complaint.send')}
        </SubmitButton>
        <button type="button" className="ns-button" onClick={onClose}>
          {t('buyer.complaint.cancel')}
        </button>
      </div>
    </form>
  );
}

/**
 * A delivered order's complaint, on its page: within 48 hours of delivery "Báo vấn đề" opens the form; once filed,
 * where the complaint stands and the refund. Loaded lazily (only delivered orders show it).
 */
export default function ComplaintSection({ orderId }: { orderId: string }) {
  const trpc = useTRPC();
  const { t, locale } = useLocale();
  const [open, setOpen] = useState(false);
  const state = useQuery({
    ...trpc.complaints.ofOrder.queryOptions({ orderId }, { staleTime: 0 }),
    // While the seller has not settled it, the page asks now and then (the refund shows up by itself).
    refetchInterval: (query) => {
      const status = query.state.data?.complaint?.status;
      return status === 'open' || status === 'refund_due' ? 8_000 : false;
    },
  });
  if (!state.data) return null;
  const { complaint, mayFile, fileBy, refundMethod } = state.data;
  if (complaint) return <ComplaintState complaint={complaint} />;
  if (!mayFile) return null;
  if (open)
    return <ComplaintForm orderId={orderId} refundMethod={refundMethod} onClose={() => setOpen(false)} />;
  return (
    <div className="buyer-complaint buyer-complaint--offer">
      <button type="button" className="ns-button" onClick={() => setOpen(true)}>
        {t('buyer.complaint.report')}
      </button>
      {fileBy ? (
        <p className="ns-muted">{t('buyer.complaint.until', { time: format.instant(fileBy, locale) })}</p>
      ) : null}
    </div>
  );
}
