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

const FIELDS = ['newPassword'] as const;

/** The household forgot its password: its helper sets a new one (the log records that the helper did). */
export function ResetPasswordForm({ householdId }: { householdId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t } = useLocale();
  const [newPassword, setNewPassword] = useState('');
  const [done, setDone] = useState(false);
  const { submit, pending } = useSubmitGuard();
  const reset = useMutation(trpc.households.resetPassword.mutationOptions());

  const { errors, showProblems, showError, clear } = useFormProblems(FIELDS, { unplacedTo: 'newPassword' });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(false);
    if (!newPassword) {
      showProblems([clientProblem('validation.required', ['newPassword'])]);
      return;
    }
    void submit(async () => {
      clear();
      try {
        await reset.mutateAsync({ householdId, newPassword });
        setDone(true);
        await queryClient.invalidateQueries({ queryKey: trpc.households.activity.pathKey() });
      } catch (error) {
        showError(error);
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
