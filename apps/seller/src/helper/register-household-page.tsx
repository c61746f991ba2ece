import {
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
import { Link, useLocation } from 'wouter';
import { useTRPC } from '../trpc.ts';

const FIELDS = ['head', 'phone', 'password'] as const;

/**
 * A helper registers a household of their village with its first login (phone and password). The household is
 * assigned to this helper; on success the helper lands on the household's page to open its shop.
 */
export function RegisterHouseholdPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const { t } = useLocale();
  const [head, setHead] = useState('');
  const [phone, setPhone] = useState('');
  const [password, setPassword] = useState('');
  const [isLead, setIsLead] = useState(false);
  const { submit, pending } = useSubmitGuard();
  const register = useMutation(trpc.households.register.mutationOptions());

  const { errors, showProblems, showError, clear } = useFormProblems(FIELDS);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing = [
      ...(head.trim() ? [] : [clientProblem('validation.required', ['head'])]),
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
        const { household } = await register.mutateAsync({
          head,
          phone: phone.replace(/\s+/g, ''),
          password,
          isLead,
        });
        await queryClient.invalidateQueries({ queryKey: trpc.households.mine.queryKey() });
        navigate(`/households/${encodeURIComponent(household.id)}`);
      } catch (error) {
        showError(error);
      }
    });
  }

  return (
    <Page heading={t('helper.register')}>
      <Link href="/" className="ns-backlink">
        ← {t('helper.household.back')}
      </Link>
      <p className="ns-muted">{t('helper.register.intro')}</p>
      {errors.form ? <Notice tone="error">{errors.form}</Notice> : null}
      <form className="ns-form" noValidate onSubmit={onSubmit}>
        <TextField
          label={t('helper.register.head')}
          name="head"
          autoComplete="off"
          value={head}
          onChange={(event) => setHead(event.target.value)}
          error={errors.fields.head}
        />
        <TextField
          label={t('helper.register.phone')}
          name="phone"
          type="tel"
          inputMode="tel"
          autoComplete="off"
          hint={t('signIn.phoneHint')}
          value={phone}
          onChange={(event) => setPhone(event.target.value)}
          error={errors.fields.phone}
        />
        <TextField
          label={t('helper.register.password')}
          name="password"
          type="text"
          autoComplete="new-password"
          hint={t('helper.register.passwordHint')}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={errors.fields.password}
        />
        <label className="ns-check">
          <input type="checkbox" checked={isLead} onChange={(event) => setIsLead(event.target.checked)} />
          {t('helper.register.isLead')}
        </label>
        <SubmitButton pending={pending} pendingLabel={t('state.sending')}>
          {t('helper.register.submit')}
        </SubmitButton>
      </form>
    </Page>
  );
}
