import { errorMessage, Notice, useLocale } from '@nongsan/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTRPC } from '../trpc.ts';

/**
 * Whether one of the household's bank accounts is linked to the bank-notification service: a checkbox that links or
 * unlinks it, saying what each means (linked: an exact transfer marks its order paid by itself). A helper links it
 * for the household (`householdId`), recorded as the helper's.
 */
export function BankFeedToggle({
  accountId,
  linked,
  householdId,
}: {
  accountId: string;
  linked: boolean;
  /** The household a helper links it for; none for the household itself. */
  householdId?: string | undefined;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t, locale } = useLocale();
  // The box moves at once; a refusal puts it back.
  const [checked, setChecked] = useState(linked);
  useEffect(() => setChecked(linked), [linked]);
  const link = useMutation(
    trpc.payments.linkBankFeed.mutationOptions({
      onSuccess: (accounts) => {
        queryClient.setQueryData(
          trpc.households.paymentAccounts.queryKey(householdId === undefined ? {} : { householdId }),
          accounts,
        );
        void queryClient.invalidateQueries({ queryKey: trpc.households.activity.pathKey() });
      },
      onError: () => setChecked(linked),
    }),
  );
  return (
    <div className="ns-bank-feed">
      <label>
        <input
          type="checkbox"
          checked={checked}
          disabled={link.isPending}
          onChange={(event) => {
            setChecked(event.target.checked);
            link.mutate({
              accountId,
              linked: event.target.checked,
              ...(householdId === undefined ? {} : { householdId }),
            });
          }}
        />{' '}
        {t('transfers.feed')}
      </label>
      <p className="ns-muted">{t(linked ? 'transfers.feedOn' : 'transfers.feedOff')}</p>
      {link.isError ? <Notice tone="error">{errorMessage(link.error, locale)}</Notice> : null}
    </div>
  );
}
