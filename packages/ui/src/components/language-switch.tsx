import { useLocale } from '../i18n/locale-context.tsx';

/** One tap to the other language; the label is written in that language so a person who cannot read this one finds it. */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useLocale();
  const other = locale === 'vi' ? 'en' : 'vi';
  return (
    <button
      type="button"
      className="ns-lang"
      lang={other}
      aria-label={t('language.switchHint')}
      onClick={() => setLocale(other)}
    >
      {t('language.switchTo')}
    </button>
  );
}
