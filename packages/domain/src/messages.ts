import {
  type ErrorCode,
  isErrorCode,
  LOCALES,
  type Locale,
  type Message,
  type MessageTable,
  messages,
} from './dictionary.ts';
import type { ErrorParams, Problem } from './errors.ts';
import { isUnit, unitWord } from './quantity-format.ts';

export { type ErrorCode, isErrorCode, LOCALES, type Locale, type Message, type MessageTable, messages };

/**
 * A message's text in a locale, with `{param}` placeholders filled; numbers use the locale's grouping and a `unit`
 * is printed in the reader's words. For dictionaries outside the domain too (the HTTP host's own messages).
 */
export function fillMessage(message: Message, params: ErrorParams = {}, locale: Locale = 'vi'): string {
  return message[locale].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    // A unit travels as its code and is printed in the reader's words: "cái" in Vietnamese, "pcs" in English.
    if (name === 'unit' && isUnit(value)) return unitWord(value, locale);
    return typeof value === 'number' ? value.toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-US') : value;
  });
}

/** The text for a code in a locale, with `{param}` placeholders filled; numbers use the locale's grouping. */
export function formatMessage(code: ErrorCode, params: ErrorParams = {}, locale: Locale = 'vi'): string {
  return fillMessage(messages[code], params, locale);
}

/** The text for a problem (an error's code and params), in the given locale. */
export function formatProblem(problem: Pick<Problem, 'code' | 'params'>, locale: Locale = 'vi'): string {
  return formatMessage(problem.code, problem.params, locale);
}
