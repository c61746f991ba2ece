import {
  type ErrorCode,
  type ErrorParams,
  type ErrorPath,
  formatMessage,
  isErrorCode,
  type Locale,
} from '@nongsan/domain';
import { translate } from '../i18n/translate.ts';

/**
 * One problem as the server's error formatter sends it in `error.data.problems` (the server's `ProblemData`;
 * the apps check at compile time that the two stay the same shape): the domain code, the field, the values, and
 * the text in both languages.
 */
export interface ServerProblem {
  readonly code: string;
  readonly path: ErrorPath;
  readonly params: ErrorParams;
  readonly vi: string;
  readonly en: string;
}

/** What the server puts in `error.data` besides tRPC's own `code` and `httpStatus` (its `AppErrorData`). */
export interface ServerErrorData {
  readonly domainCode: string | null;
  readonly problems: readonly ServerProblem[];
  readonly text: { readonly vi: string; readonly en: string };
}

/** What a form shows after a failed call: a message beside each field, and one for the form as a whole. */
export interface FormErrors {
  readonly fields: Readonly<Partial<Record<string, string>>>;
  readonly form: string | null;
}

export const NO_FORM_ERRORS: FormErrors = { fields: {}, form: null };

/** A problem found before sending (a required field left empty), in the same shape and words as the server's. */
export function clientProblem(code: ErrorCode, path: ErrorPath, params: ErrorParams = {}): ServerProblem {
  return { code, path, params, vi: formatMessage(code, params, 'vi'), en: formatMessage(code, params, 'en') };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isProblem(value: unknown): value is ServerProblem {
  return (
    isRecord(value) &&
    typeof value.code === 'string' &&
    Array.isArray(value.path) &&
    isRecord(value.params) &&
    typeof value.vi === 'string' &&
    typeof value.en === 'string'
  );
}

/**
 * The server's error data carried by a failed tRPC call (a `TRPCClientError` has it in `.data`), or null when the
 * call failed before the server answered (no network) or the answer is not ours (a proxy's error page).
 */
export function serverErrorData(error: unknown): ServerErrorData | null {
  if (!isRecord(error) || !isRecord(error.data)) return null;
  const { problems, text, domainCode } = error.data;
  if (!Array.isArray(problems) || !isRecord(text)) return null;
  return {
    domainCode: typeof domainCode === 'string' ? domainCode : null,
    problems: problems.filter(isProblem),
    text: { vi: String(text.vi ?? ''), en: String(text.en ?? '') },
  };
}

/** The text of a problem in `locale`: the server's words, or the domain dictionary's when the server sent none. */
export function problemText(problem: ServerProblem, locale: Locale): string {
  const text = problem[locale];
  if (text) return text;
  return isErrorCode(problem.code) ? formatMessage(problem.code, problem.params, locale) : problem.code;
}

/** A field's key in a form: the problem's path joined with dots (`['listing', 'unitPrice']` → `listing.unitPrice`). */
export function fieldKey(path: ErrorPath): string {
  return path.join('.');
}

/** The one message for an error that is not about a field: the server's text, or why the call did not arrive. */
export function errorMessage(error: unknown, locale: Locale): string {
  const data = serverErrorData(error);
  if (data) {
    const text = data.text[locale];
    if (text) return text;
    const first = data.problems[0];
    if (first) return problemText(first, locale);
    return translate('error.unexpected', {}, locale);
  }
  // No data at all: the request failed on the way (offline, a proxy's error page), not in our server.
  return translate(
    isRecord(error) && isRecord(error.data) ? 'error.unexpected' : 'error.network',
    {},
    locale,
  );
}

export interface FormErrorOptions {
  /**
   * Where a problem with no field of this form goes. By default it is the form's message; a sign-in form puts
   * "wrong phone or password" under the password, where the person will correct it.
   */
  readonly unplacedTo?: string;
}

/**
 * Sorts problems onto the fields of a form: each known field gets the text of its first problem, everything else
 * becomes the form's message (or goes to `unplacedTo`).
 */
export function problemsToFormErrors(
  problems: readonly ServerProblem[],
  fields: readonly string[],
  locale: Locale,
  options: FormErrorOptions = {},
): FormErrors {
  const byField: Partial<Record<string, string>> = {};
  const unplaced: string[] = [];
  for (const problem of problems) {
    const key = fieldKey(problem.path);
    const target = fields.includes(key) ? key : options.unplacedTo;
    const text = problemText(problem, locale);
    if (target === undefined) unplaced.push(text);
    else byField[target] ??= text;
  }
  return { fields: byField, form: unplaced.length > 0 ? [...new Set(unplaced)].join(' ') : null };
}

/** What a form shows for a failed tRPC call: field messages from the server's problems, or one form message. */
export function formErrorsFrom(
  error: unknown,
  fields: readonly string[],
  locale: Locale,
  options: FormErrorOptions = {},
): FormErrors {
  const data = serverErrorData(error);
  if (!data || data.problems.length === 0) return { fields: {}, form: errorMessage(error, locale) };
  return problemsToFormErrors(data.problems, fields, locale, options);
}
