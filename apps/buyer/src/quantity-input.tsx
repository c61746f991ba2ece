import { formatProblem, parseQuantityText, quantityText, type Unit, unitWord } from '@nongsan/domain';
import { useLocale } from '@nongsan/ui';
import { useEffect, useId, useState } from 'react';
import { quantityStep } from './cart/shop-orders.ts';

/**
 * A quantity with − and + (half a kilogram or one piece a tap, never under the minimum) and a box to type it: kg
 * for weighed goods, pieces for counted ones. `value` is in grams or pieces. What is typed is read by the domain's
 * `parseQuantityText`; while it is not a quantity ("-2", "0", "abc", nothing) the box says why and `onChange` is not
 * called, and `onTextValid(false)` tells the form to add or save nothing.
 */
export function QuantityInput({
  value,
  unit,
  min,
  onChange,
  error,
  name = 'quantity',
  onTextValid,
}: {
  value: number;
  unit: Unit;
  min: number;
  onChange: (quantity: number) => void;
  error?: string | null | undefined;
  name?: string;
  onTextValid?: ((valid: boolean) => void) | undefined;
}) {
  const { t, locale } = useLocale();
  const id = useId();
  const [text, setText] = useState(() => quantityText(value, unit));
  useEffect(() => {
    // The value changed from outside (a − or + tap, another tab): show it, unless it is what is being typed.
    setText((typed) => {
      const read = parseQuantityText(typed, unit);
      return read.ok && read.quantity === value ? typed : quantityText(value, unit);
    });
  }, [value, unit]);
  const read = parseQuantityText(text, unit, { path: [name] });
  const shownError = read.ok ? error : formatProblem(read.error, locale);
  const step = quantityStep(unit);

  return (
    <div className="ns-field" data-field={name}>
      <label className="ns-field__label" htmlFor={id}>
        {t('buyer.listing.quantity', { unit: unitWord(unit, locale) })}
      </label>
      <div className="buyer-stepper">
        <button
          type="button"
          className="ns-button"
          aria-label={t('buyer.listing.less')}
          disabled={value - step < min}
          onClick={() => onChange(Math.max(min, value - step))}
        >
          −
        </button>
        <input
          id={id}
          name={name}
          className="ns-field__input"
          inputMode={unit === 'kg' ? 'decimal' : 'numeric'}
          value={text}
          aria-invalid={shownError ? true : undefined}
          aria-describedby={shownError ? `${id}-error` : undefined}
          onChange={(event) => {
            setText(event.target.value);
            const next = parseQuantityText(event.target.value, unit);
            onTextValid?.(next.ok);
            if (next.ok) onChange(next.quantity);
          }}
        />
        <button
          type="button"
          className="ns-button"
          aria-label={t('buyer.listing.more')}
          onClick={() => onChange(value + step)}
        >
          +
        </button>
      </div>
      <p className="ns-field__error" id={`${id}-error`} role={shownError ? 'alert' : undefined}>
        {shownError ?? ''}
      </p>
    </div>
  );
}
