import {
  formErrorsFrom,
  NO_FORM_ERRORS,
  Notice,
  SubmitButton,
  TextField,
  useLocale,
  useSubmitGuard,
} from '@nongsan/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTRPC } from '../trpc.ts';

const FIELDS = ['name', 'description'] as const;

/**
 * A helper opens the shop of a household they look after (`shop.open` with `householdId`: the server records it
 * as the helper's action for that household). The name may stay empty: the server then names the shop after
 * the household. Until the household's own shop-opening flow takes a `householdId`, this is the helper's form.
 */
export function OpenShopForm({ householdId, suggestedName }: { householdId: string; suggestedName: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t, locale } = useLocale();
  const [name, setName] = useState(suggestedName);
  const [description, setDescription] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const { submit, pending } = useSubmitGuard();
  const open = useMutation(trpc.shop.open.mutationOptions());
  const errors = failure === null ? NO_FORM_ERRORS : formErrorsFrom(failure, FIELDS, locale);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit(async () => {
      setFailure(null);
      try {
        await open.mutateAsync({ householdId, name: name.trim() ? name : null, description });
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.households.mine.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.households.activity.queryKey() }),
        ]);
      } catch (error) {
        setFailure(error);
      }
    });
  }

  return (
    <form className="ns-form" noValidate onSubmit={onSubmit} aria-label={t('helper.household.openShop')}>
      {errors.form ? <Notice tone="error">{errors.form}</Notice> : null}
      <TextField
        label={t('helper.shop.name')}
        name="name"
        autoComplete="off"
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={errors.fields.name}
      />
      <TextField
        label={t('helper.shop.description')}
        name="description"
        autoComplete="off"
        hint={t('helper.shop.descriptionHint')}
        value={description}
        onChange={(event) => setDescription(event.target.value)}
        error={errors.fields.description}
      />
      <SubmitButton pending={pending} pendingLabel={t('state.sending')}>
        {t('helper.household.openShop')}
      </SubmitButton>
    </form>
  );
}
