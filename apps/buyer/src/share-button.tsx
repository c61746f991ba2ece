import { useLocale } from '@nongsan/ui';
import { useState } from 'react';
import { copyText } from './orders/copy-button.tsx';

/**
 * "Chia sẻ" on a shop or a listing: the phone's share sheet (Web Share: Zalo, Messenger…) where there is one,
 * otherwise the link is copied and the button says so. The link is the page's own address, which the server
 * answers with a preview card (apps/server/src/http/share-pages.ts).
 */
export function ShareButton({ title, text }: { title: string; text: string }) {
  const { t } = useLocale();
  const [said, setSaid] = useState<string | null>(null);

  async function share() {
    const url = `${window.location.origin}${window.location.pathname}`;
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, text, url });
        return;
      } catch (error) {
        // The person closed the share sheet: nothing to say.
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    setSaid((await copyText(url)) ? t('buyer.share.copied') : t('buyer.share.failed'));
  }

  return (
    <span className="buyer-copy">
      <button type="button" className="ns-button" onClick={() => void share()}>
        {t('buyer.share.button')}
      </button>
      <span className="buyer-copy__said" role="status">
        {said}
      </span>
    </span>
  );
}
