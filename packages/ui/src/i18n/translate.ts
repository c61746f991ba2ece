import type { Locale } from '@nongsan/domain';
import { type UiStringKey, uiStrings } from './ui-strings.ts';

export type TranslateParams = Readonly<Record<string, string | number>>;

/**
 * The interface text for `key` in `locale`, `{name}` placeholders filled from `params` (numbers grouped the
 * locale's way, as the domain's `formatMessage` does). A placeholder without a value is left as it is, so a
 * missing param shows up in review instead of vanishing.
 */
export function translate(key: UiStringKey, params: TranslateParams = {}, locale: Locale = 'vi'): string {
  return uiStrings[key][locale].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? value.toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-US') : value;
  });
}
