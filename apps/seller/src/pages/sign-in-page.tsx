import {
  AppBar,
  clientProblem,
  Notice,
  Page,
  SubmitButton,
  TextField,
  useFormProblems,
  useLocale,
  useSubmitGuard,
} from '@nongsan/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useLocation } from 'wouter';
import { useTRPC } from '../trpc.ts';

const FIELDS = ['phone', 'password'] as const;

/**
 * Phone number and password. What was typed stays after an error; a second tap while signing in does nothing;
 * "wrong phone or password" shows under the password, where the person corrects it.
 */
export function SignInPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const { t } = useLocale();
  const [phone, setPhone] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const { submit, pending } = useSubmitGuard();
  const login = useMutation(trpc.auth.login.mutationOptions());

  const { errors, showProblems, showError, clear } = useFormProblems(FIELDS, { unplacedTo: 'password' });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing = [
      ...(phone.trim() ? [] : [clientProblem('validation.required', ['phone'])]),
      ...(password ? [] : [clientProblem('validation.required', ['password'])]),
    ];
    if (missing.length > 0) {
      showProblems(missing);
      return;
    }
    void submit(async () => {
      // What the last attempt said no longer holds for what was typed since ("please fill this in").
      clear();
      try {
        const { user } = await login.mutateAsync({ phone, password });
        clear();
        queryClient.setQueryData(trpc.auth.me.queryKey(), { user });
        navigate('/', { replace: true });
      } catch (error) {
        showError(error);
      }
    });
  }

  return (
    <>
      <AppBar title={t('app.seller.title')} />
      <Page heading={t('signIn.title')}>
        <p className="ns-muted">{t('signIn.intro')}</p>
        {errors.form ? <Notice tone="error">{errors.form}</Notice> : null}
        <form className="ns-form" noValidate onSubmit={onSubmit}>
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
            type={showPassword ? 'text' : 'password'}
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            error={errors.fields.password}
          />
          <label className="ns-check">
            <input
              type="checkbox"
              checked={showPassword}
              onChange={(event) => setShowPassword(event.target.checked)}
            />
            {t('signIn.showPassword')}
          </label>
          <SubmitButton pending={pending} pendingLabel={t('state.sending')}>
            {t('signIn.submit')}
          </SubmitButton>
        </form>
      </Page>
    </>
  );
}
