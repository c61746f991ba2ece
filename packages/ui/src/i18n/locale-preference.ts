import type { Locale } from '@nongsan/domain';

/** Where the chosen language is remembered, shared by both apps (same origin). */
export const LOCALE_STORAGE_KEY = 'nongsan.locale';
export const DEFAULT_LOCALE: Locale = 'vi';

/** The part of `Storage` this needs, so tests pass a plain object and private mode's throwing storage is survivable. */
export type LocaleStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** The remembered language, or Vietnamese when nothing (or nothing valid) is remembered or storage is blocked. */
export function readLocale(storage: LocaleStorage | undefined): Locale {
  try {
    const stored = storage?.getItem(LOCALE_STORAGE_KEY);
    return stored === 'en' || stored === 'vi' ? stored : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

/** Remember the language; a storage that refuses (quota, private mode) only means it is not remembered. */
export function rememberLocale(storage: LocaleStorage | undefined, locale: Locale): void {
  try {
    storage?.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Not remembered: the switch still works for this visit.
  }
}

/** The browser's localStorage when there is one and it may be touched. */
export function browserStorage(): LocaleStorage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
