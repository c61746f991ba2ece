import { useLocale } from '../i18n/locale-context.tsx';
import { useOnline } from '../pwa/online-status.ts';

/** Under the app bar while the phone has no connection: what is shown is what was saved the last time. */
export function OfflineNotice() {
  const { t } = useLocale();
  const online = useOnline();
  return (
    <p className="ns-offline" role="status" hidden={online}>
      {online ? null : t('state.offline')}
    </p>
  );
}
