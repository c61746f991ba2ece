import {
  formErrorsFrom,
  Notice,
  SubmitButton,
  TextField,
  useFormProblems,
  useLocale,
  useSubmitGuard,
} from '@nongsan/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, Fragment, useState } from 'react';
import { useTRPC } from '../trpc.ts';

const FIELDS = ['name', 'description'] as const;
const STEPS = 2;

export interface OpenShopStepsProps {
  /** For a helper opening the shop of a household they look after; a household leaves it out. */
  readonly householdId?: string | undefined;
  /** The household's village, said on the first step so the person knows where the shop will be. */
  readonly villageName: string;
  readonly suggestedName?: string | undefined;
  /** Called once the shop is open. */
  readonly onOpened?: ((shop: { name: string }) => void) | undefined;
}

/**
 * Opening a shop, one question a screen, in plain words: the shop's name (its village is the household's), then a
 * short description. A server error on the name brings the first step back with the message under the field.
 */
export function OpenShopSteps({
  householdId,
  villageName,
  suggestedName = '',
  onOpened,
}: OpenShopStepsProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t, locale } = useLocale();
  const [step, setStep] = useState(1);
  const [name, setName] = useState(suggestedName);
  const [description, setDescription] = useState('');
  const { submit, pending } = useSubmitGuard();
  const open = useMutation(trpc.shop.open.mutationOptions());
  const { errors, showError, clear } = useFormProblems(FIELDS);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (step < STEPS) {
      setStep(step + 1);
      return;
    }
    void submit(async () => {
      clear();
      try {
        const shop = await open.mutateAsync({
          ...(householdId === undefined ? {} : { householdId }),
          name: name.trim() ? name : null,
          description,
        });
        await queryClient.invalidateQueries({ queryKey: trpc.households.mine.queryKey() });
        onOpened?.({ name: shop.name });
      } catch (error) {
        showError(error);
        const placed = formErrorsFrom(error, FIELDS, locale);
        if (placed.fields.name) setStep(1);
      }
    });
  }

  return (
    <form className="ns-form" noValidate onSubmit={onSubmit} aria-label={t('seller.shop.openTitle')}>
      <p className="ns-muted">{t('seller.shop.step', { step, total: STEPS })}</p>
      {errors.form ? <Notice tone="error">{errors.form}</Notice> : null}
      {/* Keyed apart: otherwise React reuses Back's <button> as step 1's submit button during the click, and
          the browser then submits the form, which goes straight back to step 2. */}
      {step === 1 ? (
        <Fragment key="step-1">
          <p>{t('seller.shop.village', { village: villageName })}</p>
          <TextField
            label={t('seller.shop.name')}
            name="name"
            autoComplete="off"
            hint={t('seller.shop.nameHint')}
            value={name}
            onChange={(event) => setName(event.target.value)}
            error={errors.fields.name}
          />
          <button type="submit" className="ns-button ns-button--primary">
            {t('seller.shop.next')}
          </button>
        </Fragment>
      ) : (
        <Fragment key="step-2">
          <TextField
            label={t('seller.shop.description')}
            name="description"
            autoComplete="off"
            hint={t('seller.shop.descriptionHint')}
            value={description}
            onChange={(event) => setDescription(event.target.value)}
            error={errors.fields.description}
          />
          <SubmitButton pending={pending} pendingLabel={t('state.sending')}>
            {t('seller.shop.open')}
          </SubmitButton>
          <button type="button" className="ns-button" onClick={() => setStep(step - 1)}>
            {t('seller.shop.back')}
          </button>
        </Fragment>
      )}
    </form>
  );
}
