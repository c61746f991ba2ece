import { useLocale } from '../i18n/locale-context.tsx';

/**
 * One tap to the other language; the label is written in that language so a person who cannot read this one finds
 * it. Its accessible name starts with what it shows ("English") and goes on, unseen, in the current language
 * ("Chuyển sang tiếng Anh"), so a voice command by the visible word and a screen reader both find it.
 */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useLocale();
  const other = locale === 'vi' ? 'en' : 'vi';
  return (
    <button type="button" className="ns-lang" onClick={() => setLocale(other)}>
      <span lang={other}>{t('language.switchTo')}</span>
      <span className="ns-visually-hidden"> · {t('language.switchHint')}</span>
    </button>
  );
}
