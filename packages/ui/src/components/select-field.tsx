import { type SelectHTMLAttributes, useId } from 'react';

export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'children'> {
  readonly label: string;
  readonly name: string;
  readonly options: readonly SelectOption[];
  /** A first, empty choice ("Choose…", "All villages"); its value is ''. */
  readonly placeholder?: string | undefined;
  readonly error?: string | null | undefined;
}

/**
 * A labelled native select (the phone's own picker, nothing to download) with the same reserved error line as
 * `TextField`, so an error appearing does not move what is below.
 */
export function SelectField({ label, name, options, placeholder, error, ...select }: SelectFieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className="ns-field" data-field={name}>
      <label className="ns-field__label" htmlFor={id}>
        {label}
      </label>
      <select
        {...select}
        id={id}
        name={name}
        className="ns-field__input"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <p className="ns-field__error" id={errorId} role={error ? 'alert' : undefined}>
        {error ?? ''}
      </p>
    </div>
  );
}
