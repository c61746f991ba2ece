import { BANKS, E_WALLET_NAMES, E_WALLET_PROVIDERS } from '@nongsan/domain';
import {
  Notice,
  SelectField,
  SubmitButton,
  TextField,
  useFormProblems,
  useLocale,
  useSubmitGuard,
} from '@nongsan/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTRPC } from '../trpc.ts';

const FIELDS = [
  'account.kind',
  'account.provider',
  'account.phone',
  'account.bin',
  'account.accountNumber',
  'account.holderName',
] as const;

type Kind = 'e_wallet' | 'bank';

/** Adds where buyers pay the household: an e-wallet by its phone, or a bank account from the VietQR bank list. */
export function PaymentAccountForm({
  householdId,
  onAdded,
}: {
  readonly householdId?: string | undefined;
  readonly onAdded?: (() => void) | undefined;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t } = useLocale();
  const [kind, setKind] = useState<Kind>('e_wallet');
  const [provider, setProvider] = useState('');
  const [phone, setPhone] = useState('');
  const [bin, setBin] = useState('');
  const [accountNumber, setAccountNumber] = useState('');
  const [holderName, setHolderName] = useState('');
  const [added, setAdded] = useState(false);
  const { submit, pending } = useSubmitGuard();
  const add = useMutation(trpc.households.addPaymentAccount.mutationOptions());
  const { errors, showError, clear } = useFormProblems(FIELDS);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit(async () => {
      clear();
      setAdded(false);
      const account =
        kind === 'e_wallet'
          ? {
              kind,
              provider: provider as (typeof E_WALLET_PROVIDERS)[number],
              phone,
              ...(holderName.trim() === '' ? {} : { holderName }),
            }
          : { kind, bin, accountNumber, holderName };
      try {
        await add.mutateAsync({ ...(householdId === undefined ? {} : { householdId }), account });
        await queryClient.invalidateQueries({ queryKey: trpc.households.paymentAccounts.queryKey() });
        // Emptied once it is in the list above: the same account is not added twice by a second tap later.
        setPhone('');
        setAccountNumber('');
        setHolderName('');
        setAdded(true);
        onAdded?.();
      } catch (error) {
        showError(error);
      }
    });
  }

  return (
    <form className="ns-form" noValidate onSubmit={onSubmit} aria-label={t('seller.pay.add')}>
      {errors.form ? <Notice tone="error">{errors.form}</Notice> : null}
      {added ? <Notice tone="info">{t('seller.pay.added')}</Notice> : null}
      <SelectField
        label={t('seller.pay.kind')}
        name="kind"
        value={kind}
        onChange={(event) => setKind(event.target.value as Kind)}
        options={[
          { value: 'e_wallet', label: t('seller.pay.kind.e_wallet') },
          { value: 'bank', label: t('seller.pay.kind.bank') },
        ]}
      />
      {kind === 'e_wallet' ? (
        <>
          <SelectField
            label={t('seller.pay.provider')}
            name="provider"
            placeholder={t('seller.pay.choose')}
            value={provider}
            onChange={(event) => setProvider(event.target.value)}
            options={E_WALLET_PROVIDERS.map((id) => ({ value: id, label: E_WALLET_NAMES[id].name }))}
            error={errors.fields['account.provider']}
          />
          <TextField
            label={t('seller.pay.phone')}
            name="phone"
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            value={phone}
            onChange={(event) => setPhone(event.target.value)}
            error={errors.fields['account.phone']}
          />
          <TextField
            label={t('seller.pay.walletHolderName')}
            name="holderName"
            autoComplete="off"
            hint={t('seller.pay.walletHolderHint')}
            value={holderName}
            onChange={(event) => setHolderName(event.target.value)}
            error={errors.fields['account.holderName']}
          />
        </>
      ) : (
        <>
          <SelectField
            label={t('seller.pay.bank')}
            name="bin"
            placeholder={t('seller.pay.choose')}
            value={bin}
            onChange={(event) => setBin(event.target.value)}
            options={BANKS.map((bank) => ({ value: bank.bin, label: `${bank.shortName} (${bank.code})` }))}
            error={errors.fields['account.bin']}
          />
          <TextField
            label={t('seller.pay.accountNumber')}
            name="accountNumber"
            inputMode="numeric"
            autoComplete="off"
            value={accountNumber}
            onChange={(event) => setAccountNumber(event.target.value)}
            error={errors.fields['account.accountNumber']}
          />
          <TextField
            label={t('seller.pay.holderName')}
            name="holderName"
            autoComplete="off"
            hint={t('seller.pay.holderHint')}
            value={holderName}
            onChange={(event) => setHolderName(event.target.value)}
            error={errors.fields['account.holderName']}
          />
        </>
      )}
      <SubmitButton pending={pending} pendingLabel={t('state.sending')}>
        {t('seller.pay.add')}
      </SubmitButton>
    </form>
  );
}
