import type { Locale } from '@nongsan/domain';
import { type UiStringKey, uiStrings, type Words } from './ui-strings.ts';

export type TranslateParams = Readonly<Record<string, string | number>>;

/**
 * The interface text for `key` in `locale`, `{name}` placeholders filled from `params` (numbers grouped the
 * locale's way, as the domain's `formatMessage` does), looked up in the shared words and then in `words` (the
 * app's own). A placeholder without a value is left as it is, so a missing param shows up in review instead of
 * vanishing; a key in neither dictionary is shown as itself.
 */
export function translate(
  key: UiStringKey,
  params: TranslateParams = {},
  locale: Locale = 'vi',
  words: Words = {},
): string {
  const message = (uiStrings as Words)[key] ?? words[key];
  if (message === undefined) return key;
  return message[locale].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? value.toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-US') : value;
  });
}

/** Whether `key` names a text in the shared words or in `words`: for keys built from data (an audit action). */
export function isStringKey(key: string, words: Words = {}): key is UiStringKey {
  return key in uiStrings || key in words;
}
