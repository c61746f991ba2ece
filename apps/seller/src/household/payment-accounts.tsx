import { BANKS, E_WALLET_NAMES } from '@nongsan/domain';
import { CardListSkeleton, errorMessage, Notice, useLocale } from '@nongsan/ui';
import { useQuery } from '@tanstack/react-query';
import { BankFeedToggle } from '../transfers/bank-feed-toggle.tsx';
import { useTRPC } from '../trpc.ts';

/**
 * The household's payment accounts, each bank account with its link to the bank notifications: on the household's
 * account page, and on its page in helper mode (`householdId`), where the helper links it for the household.
 */
export function PaymentAccounts({ householdId }: { householdId?: string | undefined }) {
  const trpc = useTRPC();
  const { t, locale } = useLocale();
  const accounts = useQuery(
    trpc.households.paymentAccounts.queryOptions(householdId === undefined ? {} : { householdId }),
  );
  if (accounts.isPending) return <CardListSkeleton count={1} label={t('state.loading')} />;
  if (accounts.isError) return <Notice tone="error">{errorMessage(accounts.error, locale)}</Notice>;
  if (accounts.data.length === 0) return <p className="ns-muted">{t('seller.pay.none')}</p>;
  return (
    <ul className="ns-accounts">
      {accounts.data.map((account) => (
        <li key={account.id} data-account={account.id}>
          {account.kind === 'e_wallet'
            ? [E_WALLET_NAMES[account.provider].name, account.phone, account.holderName]
                .filter(Boolean)
                .join(' · ')
            : `${BANKS.find((b) => b.bin === account.bin)?.shortName ?? account.bin} · ${account.accountNumber} · ${account.holderName}`}
          {account.isDefault ? <span className="ns-badge"> {t('seller.pay.default')}</span> : null}
          {account.kind === 'bank' ? (
            <BankFeedToggle accountId={account.id} linked={account.bankFeed} householdId={householdId} />
          ) : null}
        </li>
      ))}
    </ul>
  );
}
