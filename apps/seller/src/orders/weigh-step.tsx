import {
  formatProblem,
  parseQuantityText,
  previewWeightAdjustment,
  quantityText,
  WEIGHT_ADJUSTMENT_PERCENT,
  weightAdjustmentRange,
} from '@nongsan/domain';
import { format, TextField, useFormProblems, useLocale, useSubmitGuard } from '@nongsan/ui';
import { type FormEvent, useState } from 'react';
import type { InboxOrder } from '../household/household-types.ts';
import './orders.css';

type Line = InboxOrder['lines'][number];

/**
 * Weighing a line at packing: the packed kg, the range the domain allows (the ordered weight ± 20%), and — before
 * saving — the order's new total, so the seller sees what the buyer will pay. The server decides; its message shows
 * under the field and the typed weight stays.
 */
export function WeighStep({
  order,
  line,
  label,
  run,
}: {
  order: InboxOrder;
  line: Line;
  label: string;
  run: (packedQuantity: number) => Promise<unknown>;
}) {
  const { t, locale } = useLocale();
  const [text, setText] = useState(() => quantityText(line.packedQuantity ?? line.quantity, 'kg'));
  const [typedError, setTypedError] = useState<string | null>(null);
  const { submit, pending } = useSubmitGuard();
  const { errors, showError, clear } = useFormProblems(['packedQuantity']);
  const range = weightAdjustmentRange(line);
  // The domain's one reader of typed quantities: "3,2" is 3,2 kg, "1.500" is 1.500 kg, "abc" is not a weight.
  const read = parseQuantityText(text, 'kg', { path: ['packedQuantity'] });
  const grams = read.ok ? read.quantity : null;
  const inRange = grams !== null && grams >= range.min && grams <= range.max;
  const held = line.packedQuantity ?? line.quantity;
  const newTotal =
    grams === null ? null : previewWeightAdjustment(order, order.lines.indexOf(line), grams).total;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit(async () => {
      clear();
      if (!read.ok) {
        // Nothing is sent: the box says what is wrong with what was typed.
        setTypedError(formatProblem(read.error, locale));
        return;
      }
      setTypedError(null);
      try {
        await run(read.quantity);
      } catch (error) {
        showError(error);
      }
    });
  }
  return (
    <form className="ns-step ns-weigh" noValidate onSubmit={onSubmit} aria-label={label}>
      <TextField
        label={`${t('seller.orders.packed')} · ${line.title}`}
        name="packedQuantity"
        autoComplete="off"
        inputMode="decimal"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setTypedError(null);
        }}
        hint={t('sellerOrders.weighRange', {
          min: format.quantity(range.min, 'kg', locale),
          max: format.quantity(range.max, 'kg', locale),
          percent: WEIGHT_ADJUSTMENT_PERCENT,
        })}
        error={typedError ?? errors.fields.packedQuantity ?? errors.form}
      />
      <p className="ns-weigh__total" data-new-total aria-live="polite">
        {newTotal !== null && inRange && grams !== held
          ? t('sellerOrders.weighNewTotal', { total: format.money(newTotal) })
          : ''}
      </p>
      <button type="submit" className="ns-button" disabled={pending} aria-busy={pending}>
        {label}
      </button>
    </form>
  );
}
