import {
  clientProblem,
  Notice,
  SubmitButton,
  TextField,
  useFormProblems,
  useLocale,
  useSubmitGuard,
} from '@nongsan/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTRPC } from '../trpc.ts';

type Mode = 'signUp' | 'signIn';
const FIELDS = ['displayName', 'phone', 'password'] as const;
/**
 * A buyer's account made (or used) where it is needed, at checkout: name, phone number and password, or phone and
 * password for someone who has one. Typed values stay after an error; a second tap sends nothing.
 */
export function AccountForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t } = useLocale();
  const [mode, setMode] = useState<Mode>('signUp');
  const [displayName, setDisplayName] = useState('');
  const [phone, setPhone] = useState('');
  const [password, setPassword] = useState('');
  const { submit, pending } = useSubmitGuard();
  const register = useMutation(trpc.auth.register.mutationOptions());
  const login = useMutation(trpc.auth.login.mutationOptions());

  const { errors, showProblems, showError, clear } = useFormProblems(
    FIELDS,
    mode === 'signIn' ? { unplacedTo: 'password' } : {},
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing = [
      ...(mode === 'signUp' && !displayName.trim()
        ? [clientProblem('validation.required', ['displayName'])]
        : []),
      ...(phone.trim() ? [] : [clientProblem('validation.required', ['phone'])]),
      ...(password ? [] : [clientProblem('validation.required', ['password'])]),
    ];
    if (missing.length > 0) {
      showProblems(missing);
      return;
    }
    void submit(async () => {
      clear();
      try {
        const { user } =
          mode === 'signUp'
            ? await register.mutateAsync({ kind: 'buyer', displayName, phone, password })
            : await login.mutateAsync({ phone, password });
        queryClient.setQueryData(trpc.auth.me.queryKey(), { user });
        await queryClient.invalidateQueries({ queryKey: trpc.orders.mine.pathKey() });
      } catch (error) {
        showError(error);
      }
    });
  }

  function switchTo(next: Mode) {
    setMode(next);
    clear();
  }

  return (
    <>
      <fieldset className="buyer-tabs">
        <button
          type="button"
          className="ns-button"
          aria-pressed={mode === 'signUp'}
          onClick={() => switchTo('signUp')}
        >
          {t('buyer.account.signUp')}
        </button>
        <button
          type="button"
          className="ns-button"
          aria-pressed={mode === 'signIn'}
          onClick={() => switchTo('signIn')}
        >
          {t('buyer.account.signIn')}
        </button>
      </fieldset>
      {errors.form ? <Notice tone="error">{errors.form}</Notice> : null}
      <form className="ns-form" noValidate onSubmit={onSubmit}>
        {mode === 'signUp' ? (
          <TextField
            label={t('buyer.account.name')}
            name="displayName"
            autoComplete="name"
            value={displayName}
            onChange={(event) => setDisplayName(event.target.value)}
            error={errors.fields.displayName}
          />
        ) : null}
        <TextField
          label={t('signIn.phone')}
          name="phone"
          type="tel"
          inputMode="tel"
          autoComplete="username"
          hint={t('signIn.phoneHint')}
          value={phone}
          onChange={(event) => setPhone(event.target.value)}
          error={errors.fields.phone}
        />
        <TextField
          label={t('signIn.password')}
          name="password"
          type="password"
          autoComplete={mode === 'signUp' ? 'new-password' : 'current-password'}
          hint={mode === 'signUp' ? t('buyer.account.passwordHint') : undefined}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={errors.fields.password}
        />
        <SubmitButton pending={pending} pendingLabel={t('state.sending')}>
          {mode === 'signUp' ? t('buyer.account.create') : t('signIn.submit')}
        </SubmitButton>
      </form>
    </>
  );
}
