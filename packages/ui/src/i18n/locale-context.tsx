import type { Locale } from '@nongsan/domain';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { browserStorage, readLocale, rememberLocale } from './locale-preference.ts';
import { isStringKey, type TranslateParams, translate } from './translate.ts';
import type { UiStringKey, Words } from './ui-strings.ts';

export interface LocaleValue {
  readonly locale: Locale;
  readonly setLocale: (locale: Locale) => void;
  /** `translate` bound to the current locale. */
  readonly t: (key: UiStringKey, params?: TranslateParams) => string;
  /** Whether a key built from data (an audit action, a role) has a text, in the shared words or the app's. */
  readonly has: (key: string) => key is UiStringKey;
}

const NO_WORDS: Words = {};

const LocaleContext = createContext<LocaleValue | null>(null);

/**
 * Vietnamese unless the person chose English before (remembered in localStorage across both apps). `words` are the
 * app's own texts (its `strings.ts`), looked up after the shared ones.
 */
export function LocaleProvider({
  children,
  initial,
  words = NO_WORDS,
}: {
  children: ReactNode;
  initial?: Locale;
  words?: Words;
}) {
  const [locale, setLocaleState] = useState<Locale>(() => initial ?? readLocale(browserStorage()));

  useEffect(() => {
    // Screen readers and the browser's hyphenation follow the page language.
    if (typeof document !== 'undefined') document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    rememberLocale(browserStorage(), next);
    setLocaleState(next);
  }, []);

  const value = useMemo<LocaleValue>(
    () => ({
      locale,
      setLocale,
      t: (key, params) => translate(key, params, locale, words),
      has: (key): key is UiStringKey => isStringKey(key, words),
    }),
    [locale, setLocale, words],
  );
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleValue {
  const value = useContext(LocaleContext);
  if (!value) throw new Error('useLocale needs a <LocaleProvider> above it');
  return value;
}
