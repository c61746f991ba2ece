// A leaf of the domain: the dictionary and the types every other file shares (the codes, the locales). It imports
// only the per-area tables, so errors.ts, messages.ts and quantity-format.ts can all use it without a circle.
import { catalogMessages } from './messages/catalog.ts';
import { commonMessages } from './messages/common.ts';
import { complaintsMessages } from './messages/complaints.ts';
import { householdsMessages } from './messages/households.ts';
import { listingsMessages } from './messages/listings.ts';
import { ordersMessages } from './messages/orders.ts';
import { paymentsMessages } from './messages/payments.ts';
import { placesMessages } from './messages/places.ts';
import { reviewsMessages } from './messages/reviews.ts';
import { serverMessages } from './messages/server.ts';
import { valuesMessages } from './messages/values.ts';

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
  ...reviewsMessages,
  ...complaintsMessages,
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
