import { orderReference } from '@nongsan/domain';
import type { UiStringKey } from '@nongsan/ui';

/** An entry of the household's activity log as the server sends it: the action's code and what it kept. */
export interface ActivityEntryFacts {
  readonly action: string;
  readonly details: Readonly<Record<string, unknown>>;
}

/** The words of one entry: a key of the dictionary and what fills it. */
export interface ActivityWords {
  readonly key: UiStringKey;
  readonly params: Readonly<Record<string, string>>;
  /** The listing's title was not kept (an old entry): the title reads `activity.listing.unnamed`. */
  readonly unnamedListing: boolean;
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : null);

/**
 * What a person reads for one entry of the activity log: the step in words, naming the order (its reference, as
 * on the order card) or the listing (its title) it was about; never the action's code. A code the dictionary does
 * not know (`has`) reads "Another change".
 */
export function activityWords(
  entry: ActivityEntryFacts,
  has: (key: string) => key is UiStringKey,
): ActivityWords {
  const { action, details } = entry;
  const orderId = text(details.orderId);
  const title = text(details.title);
  const params = { title: title ?? '', reference: orderId ? orderReference({ id: orderId }) : '' };
  // A listing's status change says which change: paused, back on sale, sold out…
  const statusAction = action === 'listing.set_status' ? text(details.action) : null;
  const key = statusAction ? `activity.listing.${statusAction}` : `activity.${action}`;
  if (has(key)) return { key, params, unnamedListing: title === null };
  return { key: 'activity.other', params: {}, unnamedListing: false };
}

/** `activityWords` as text, with `t` of the current language. */
export function activityLine(
  entry: ActivityEntryFacts,
  {
    t,
    has,
  }: {
    t: (key: UiStringKey, params?: Record<string, string>) => string;
    has: (key: string) => key is UiStringKey;
  },
): string {
  const words = activityWords(entry, has);
  const title = words.unnamedListing ? t('activity.listing.unnamed') : words.params.title;
  return t(words.key, { ...words.params, title: title ?? '' });
}
