import { type InputHTMLAttributes, useId } from 'react';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  readonly label: string;
  readonly name: string;
  /** The message shown under the field; it also marks the input invalid for assistive technology. */
  readonly error?: string | null | undefined;
  readonly hint?: string | undefined;
}

/**
 * A labelled input with its hint and inline error. The error line's height is reserved so showing an error does
 * not push the button from under a finger about to tap it.
 */
export function TextField({ label, name, error, hint, ...input }: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="ns-field" data-field={name}>
      <label className="ns-field__label" htmlFor={id}>
        {label}
      </label>
      <input
        {...input}
        id={id}
        name={name}
        className="ns-field__input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
      {hint ? (
        <p className="ns-field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <p className="ns-field__error" id={errorId} role={error ? 'alert' : undefined}>
        {error ?? ''}
      </p>
    </div>
  );
}
