import type { Locale } from '@nongsan/domain';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { browserStorage, readLocale, rememberLocale } from './locale-preference.ts';
import { type TranslateParams, translate } from './translate.ts';
import type { UiStringKey } from './ui-strings.ts';

export interface LocaleValue {
  readonly locale: Locale;
  readonly setLocale: (locale: Locale) => void;
  /** `translate` bound to the current locale. */
  readonly t: (key: UiStringKey, params?: TranslateParams) => string;
}

const LocaleContext = createContext<LocaleValue | null>(null);

/** Vietnamese unless the person chose English before (remembered in localStorage across both apps). */
export function LocaleProvider({ children, initial }: { children: ReactNode; initial?: Locale }) {
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
    () => ({ locale, setLocale, t: (key, params) => translate(key, params, locale) }),
    [locale, setLocale],
  );
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleValue {
  const value = useContext(LocaleContext);
  if (!value) throw new Error('useLocale needs a <LocaleProvider> above it');
  return value;
}
