import { GRAMS_PER_KG, type Unit } from '@nongsan/domain';
import { useLocale } from '@nongsan/ui';
import { useEffect, useId, useState } from 'react';
import { quantityStep } from './cart/shop-orders.ts';

/** Base units (grams or pieces) as the number a person types: kilograms with a decimal comma, or pieces. */
function shown(quantity: number, unit: Unit, locale: 'vi' | 'en'): string {
  if (unit === 'piece') return String(quantity);
  const kg = String(Math.round(quantity / 100) / 10);
  return locale === 'vi' ? kg.replace('.', ',') : kg;
}

/** What was typed, in base units; null while it is not a number yet. Kilograms are kept to the tenth. */
function parsed(text: string, unit: Unit): number | null {
  const number = Number(text.trim().replace(',', '.'));
  if (!Number.isFinite(number) || text.trim() === '') return null;
  return unit === 'piece' ? Math.round(number) : Math.round(number * 10) * (GRAMS_PER_KG / 10);
}

/**
 * A quantity with − and + (half a kilogram or one piece a tap, never under the minimum) and a box to type it: kg
 * for weighed goods, pieces for counted ones. `value` is in grams or pieces.
 */
export function QuantityInput({
  value,
  unit,
  min,
  onChange,
  error,
  name = 'quantity',
}: {
  value: number;
  unit: Unit;
  min: number;
  onChange: (quantity: number) => void;
  error?: string | null | undefined;
  name?: string;
}) {
  const { t, locale } = useLocale();
  const id = useId();
  const [text, setText] = useState(() => shown(value, unit, locale));
  useEffect(() => {
    // The value changed from outside (a − or + tap, another tab): show it, unless it is what is being typed.
    setText((typed) => (parsed(typed, unit) === value ? typed : shown(value, unit, locale)));
  }, [value, unit, locale]);
  const step = quantityStep(unit);
  const unitWord = unit === 'kg' ? 'kg' : locale === 'vi' ? 'cái' : 'pcs';
  return (
    <div className="ns-field" data-field={name}>
      <label className="ns-field__label" htmlFor={id}>
        {t('buyer.listing.quantity', { unit: unitWord })}
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
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => {
            setText(event.target.value);
            const next = parsed(event.target.value, unit);
            if (next !== null && next > 0) onChange(next);
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
      <p className="ns-field__error" id={`${id}-error`} role={error ? 'alert' : undefined}>
        {error ?? ''}
      </p>
    </div>
  );
}
