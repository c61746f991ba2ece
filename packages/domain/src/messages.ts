import type { ErrorParams, Problem } from './errors.ts';
import { catalogMessages } from './messages/catalog.ts';
import { commonMessages } from './messages/common.ts';
import { householdsMessages } from './messages/households.ts';
import { listingsMessages } from './messages/listings.ts';
import { ordersMessages } from './messages/orders.ts';
import { paymentsMessages } from './messages/payments.ts';
import { placesMessages } from './messages/places.ts';
import { serverMessages } from './messages/server.ts';
import type { Message } from './messages/table.ts';
import { valuesMessages } from './messages/values.ts';
import { isUnit, unitWord } from './quantity-format.ts';

export type { Message, MessageTable } from './messages/table.ts';

/**
 * The one dictionary: every error code the product can show, in Vietnamese and English. Each area keeps its
 * own table under `messages/`; a code exists exactly when it has a message here.
 */
export const messages = {
  ...commonMessages,
  ...valuesMessages,
  ...placesMessages,
  ...catalogMessages,
  ...householdsMessages,
  ...listingsMessages,
  ...ordersMessages,
  ...paymentsMessages,
  ...serverMessages,
} as const;

/** Every error code the domain and the apps can show: a key of `messages`, checked at compile time. */
export type ErrorCode = keyof typeof messages;
/** The languages the product speaks: Vietnamese first, English second. */
export type Locale = 'vi' | 'en';
/** Both locales, Vietnamese first. */
export const LOCALES: readonly Locale[] = ['vi', 'en'];

/** Whether a string is one of the dictionary's codes (for codes that arrive as text, from a server or a log). */
export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(messages, code);
}

/** The text for a code in a locale, with `{param}` placeholders filled; numbers use the locale's grouping. */
export function formatMessage(code: ErrorCode, params: ErrorParams = {}, locale: Locale = 'vi'): string {
  const message: Message = messages[code];
  return message[locale].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    // A unit travels as its code and is printed in the reader's words: "cái" in Vietnamese, "pcs" in English.
    if (name === 'unit' && isUnit(value)) return unitWord(value, locale);
    return typeof value === 'number' ? value.toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-US') : value;
  });
}

/** The text for a problem (an error's code and params), in the given locale. */
export function formatProblem(problem: Pick<Problem, 'code' | 'params'>, locale: Locale = 'vi'): string {
  return formatMessage(problem.code, problem.params, locale);
}
