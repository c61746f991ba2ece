import { formatProblem, parseQuantityText, quantityText, type Unit, unitWord } from '@nongsan/domain';
import { TextField, useFormProblems, useLocale, useSubmitGuard } from '@nongsan/ui';
import { type FormEvent, useState } from 'react';

/**
 * How much of a listing is left to sell, typed on its own (not the whole form), as the seller counted it: read with
 * the domain's reader of typed quantities ("25", "2,5", "1.500"). Saving works without a signal too (the step then
 * waits on the phone); the server's refusal shows under the box and the typed number stays.
 */
export function ListingStockForm({
  title,
  unit,
  stock,
  save,
}: {
  title: string;
  unit: Unit;
  /** The stock the seller sees now (after the steps waiting): the box starts with it. */
  stock: number;
  save: (stock: number) => Promise<unknown>;
}) {
  const { t, locale } = useLocale();
  const [text, setText] = useState(() => quantityText(stock, unit));
  const [typedError, setTypedError] = useState<string | null>(null);
  const { submit, pending } = useSubmitGuard();
  const { errors, showError, clear } = useFormProblems(['stock']);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit(async () => {
      clear();
      const read = parseQuantityText(text, unit, { path: ['stock'], allowZero: true });
      if (!read.ok) {
        setTypedError(formatProblem(read.error, locale));
        return;
      }
      setTypedError(null);
      try {
        await save(read.quantity);
      } catch (error) {
        showError(error);
      }
    });
  }
  return (
    <form className="ns-step" noValidate onSubmit={onSubmit} aria-label={t('seller.listing.changeStock')}>
      <TextField
        label={t('seller.listing.stockField', { unit: unitWord(unit, locale), title })}
        name="stock"
        autoComplete="off"
        inputMode="decimal"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setTypedError(null);
        }}
        hint={t('seller.listing.stockHint')}
        error={typedError ?? errors.fields.stock ?? errors.form}
      />
      <button type="submit" className="ns-button" disabled={pending} aria-busy={pending}>
        {t('seller.listing.saveStock')}
      </button>
    </form>
  );
}
