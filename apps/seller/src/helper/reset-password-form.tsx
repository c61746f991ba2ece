import {
  clientProblem,
  formErrorsFrom,
  NO_FORM_ERRORS,
  Notice,
  problemsToFormErrors,
  type ServerProblem,
  SubmitButton,
  TextField,
  useLocale,
  useSubmitGuard,
} from '@nongsan/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTRPC } from '../trpc.ts';

const FIELDS = ['newPassword'] as const;

type Failure = { kind: 'problems'; problems: ServerProblem[] } | { kind: 'error'; error: unknown } | null;

/** The household forgot its password: its helper sets a new one (the log records that the helper did). */
export function ResetPasswordForm({ householdId }: { householdId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t, locale } = useLocale();
  const [newPassword, setNewPassword] = useState('');
  const [failure, setFailure] = useState<Failure>(null);
  const [done, setDone] = useState(false);
  const { submit, pending } = useSubmitGuard();
  const reset = useMutation(trpc.households.resetPassword.mutationOptions());

  const errors =
    failure === null
      ? NO_FORM_ERRORS
      : failure.kind === 'problems'
        ? problemsToFormErrors(failure.problems, FIELDS, locale)
        : formErrorsFrom(failure.error, FIELDS, locale, { unplacedTo: 'newPassword' });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(false);
    if (!newPassword) {
      setFailure({ kind: 'problems', problems: [clientProblem('validation.required', ['newPassword'])] });
      return;
    }
    void submit(async () => {
      setFailure(null);
      try {
        await reset.mutateAsync({ householdId, newPassword });
        setDone(true);
        await queryClient.invalidateQueries({ queryKey: trpc.households.activity.queryKey() });
      } catch (error) {
        setFailure({ kind: 'error', error });
      }
    });
  }

  return (
    <form className="ns-form" noValidate onSubmit={onSubmit} aria-label={t('helper.reset.title')}>
      {errors.form ? <Notice tone="error">{errors.form}</Notice> : null}
      <TextField
        label={t('helper.reset.newPassword')}
        name="newPassword"
        type="text"
        autoComplete="new-password"
        hint={t('helper.register.passwordHint')}
        value={newPassword}
        onChange={(event) => {
          setNewPassword(event.target.value);
          setDone(false);
        }}
        error={errors.fields.newPassword}
      />
      <p className="ns-muted" role="status">
        {done ? t('helper.reset.done') : ''}
      </p>
      <SubmitButton pending={pending} pendingLabel={t('state.sending')}>
        {t('helper.reset.submit')}
      </SubmitButton>
    </form>
  );
}
