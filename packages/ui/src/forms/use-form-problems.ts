import type { Locale } from '@nongsan/domain';
import { useState } from 'react';
import {
  type FormErrorOptions,
  type FormErrors,
  formErrorsFrom,
  NO_FORM_ERRORS,
  problemsToFormErrors,
  type ServerProblem,
} from '../errors/server-problems.ts';
import { useLocale } from '../i18n/locale-context.tsx';

/**
 * What went wrong with a form's last submission, kept as it came (problems found before sending, or the failed
 * call's error), not as text: switching the language re-words it.
 */
export type FormFailure =
  | { readonly kind: 'problems'; readonly problems: readonly ServerProblem[] }
  | { readonly kind: 'error'; readonly error: unknown }
  | null;

/** What a form shows for its failure: each problem beside its field, the rest as the form's message. */
export function formErrorsOf(
  failure: FormFailure,
  fields: readonly string[],
  locale: Locale,
  options: FormErrorOptions = {},
): FormErrors {
  if (failure === null) return NO_FORM_ERRORS;
  return failure.kind === 'problems'
    ? problemsToFormErrors(failure.problems, fields, locale, options)
    : formErrorsFrom(failure.error, fields, locale, options);
}

/**
 * The one way a form maps what the server (or a check before sending) said onto its fields. `errors.fields[name]`
 * is the text beside a field, `errors.form` the message for the form as a whole, in the reader's language.
 * `showProblems` keeps problems found before sending (`clientProblem`), `showError` a failed call, `clear` forgets
 * both (call it when sending again: what the last attempt said no longer holds).
 */
export function useFormProblems(fields: readonly string[], options: FormErrorOptions = {}) {
  const { locale } = useLocale();
  const [failure, setFailure] = useState<FormFailure>(null);
  return {
    errors: formErrorsOf(failure, fields, locale, options),
    /** The failure itself, for a form that asks more of it (which codes the server sent). */
    failure,
    showProblems: (problems: readonly ServerProblem[]) => setFailure({ kind: 'problems', problems }),
    showError: (error: unknown) => setFailure({ kind: 'error', error }),
    clear: () => setFailure(null),
  };
}
