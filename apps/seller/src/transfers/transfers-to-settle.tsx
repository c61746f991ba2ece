import type { RouterOutputs } from '@nongsan/api';
import {
  errorMessage,
  format,
  Notice,
  TextField,
  useFormProblems,
  useLocale,
  useSubmitGuard,
} from '@nongsan/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { INBOX_POLL_MS } from '../household/inbox-polling.ts';
import { useTRPC } from '../trpc.ts';
import { outcomeKey } from './transfer-strings.ts';

type Transfer = RouterOutputs['payments']['transfers'][number];

function SettleForm({ transfer, householdId }: { transfer: Transfer; householdId?: string | undefined }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t } = useLocale();
  const [note, setNote] = useState('');
  const { submit, pending } = useSubmitGuard();
  const { errors, showError, clear } = useFormProblems(['note']);
  const settle = useMutation(
    trpc.payments.settleTransfer.mutationOptions({
      // Settled, it leaves the list, and the household's activity log shows who settled it.
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.payments.transfers.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.households.activity.pathKey() }),
        ]),
    }),
  );
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit(async () => {
      clear();
      try {
        await settle.mutateAsync({
          transferId: transfer.id,
          ...(note.trim() === '' ? {} : { note }),
          ...(householdId === undefined ? {} : { householdId }),
        });
      } catch (error) {
        showError(error);
      }
    });
  }
  return (
    <form className="ns-step" noValidate onSubmit={onSubmit} aria-label={t('transfers.settle')}>
      <TextField
        label={t('transfers.note')}
        name="note"
        autoComplete="off"
        value={note}
        onChange={(event) => setNote(event.target.value)}
        error={errors.fields.note ?? errors.form}
      />
      <button type="submit" className="ns-button" disabled={pending} aria-busy={pending}>
        {t('transfers.settle')}
      </button>
    </form>
  );
}

/**
 * Transfers the bank reported that paid no order by themselves (too little, too much, no order named…), for the
 * seller to settle by hand; asked again every few seconds, as the inbox is. Nothing is shown when there are none.
 */
export function TransfersToSettle({
  householdId,
  heading: Heading = 'h2',
}: {
  householdId?: string | undefined;
  /** The heading's level where it sits: a section of the helper's household page is an h3. */
  heading?: 'h2' | 'h3';
}) {
  const trpc = useTRPC();
  const { t, locale } = useLocale();
  const transfers = useQuery({
    ...trpc.payments.transfers.queryOptions(householdId === undefined ? {} : { householdId }),
    refetchInterval: INBOX_POLL_MS,
  });
  const open = (transfers.data ?? []).filter((transfer) => transfer.needsSettling);
  if (transfers.isError) return <Notice tone="error">{errorMessage(transfers.error, locale)}</Notice>;
  if (open.length === 0) return null;
  return (
    <section className="ns-transfers" aria-label={t('transfers.title')}>
      <Heading>{t('transfers.title')}</Heading>
      <p className="ns-muted">{t('transfers.intro')}</p>
      <ul className="ns-cards">
        {open.map((transfer) => (
          <li key={transfer.id} className="ns-card" data-transfer={transfer.outcome}>
            <div className="ns-card__body">
              <h3 className="ns-card__title">{t(outcomeKey(transfer.outcome))}</h3>
              <p>
                {t('transfers.amount', { amount: format.money(transfer.amount) })} ·{' '}
                {format.instant(transfer.transactionAt, locale)} · {transfer.gateway}
              </p>
              {transfer.orderReference !== null && transfer.expectedAmount !== null ? (
                <p>
                  {t('transfers.expected', {
                    reference: transfer.orderReference,
                    amount: format.money(transfer.expectedAmount),
                  })}
                </p>
              ) : null}
              <p className="ns-muted">{t('transfers.content', { content: transfer.content })}</p>
              <SettleForm transfer={transfer} householdId={householdId} />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
