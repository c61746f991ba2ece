import { useLocale } from '@nongsan/ui';
import { useState } from 'react';

type CopyWhat = 'accountNumber' | 'walletNumber' | 'amount' | 'reference';

/** Puts `value` on the clipboard; older phones without the Clipboard API copy from a hidden text box instead. */
export async function copyText(value: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(value);
    return true;
  } catch {
    const box = document.createElement('textarea');
    box.value = value;
    box.setAttribute('readonly', '');
    box.style.position = 'fixed';
    box.style.opacity = '0';
    document.body.append(box);
    box.select();
    const done = document.execCommand('copy');
    box.remove();
    return done;
  }
}

/**
 * "Chép" beside a number the buyer must type into their bank or wallet app: one tap puts it on the clipboard and
 * says so. The button's name starts with what it shows ("Chép số tiền").
 */
export function CopyButton({ value, what }: { value: string; what: CopyWhat }) {
  const { t } = useLocale();
  const [said, setSaid] = useState<string | null>(null);
  const thing = t(`buyer.copy.${what}`);
  return (
    <span className="buyer-copy">
      <button
        type="button"
        className="ns-button buyer-copy__button"
        onClick={() =>
          void copyText(value).then((ok) =>
            setSaid(ok ? t('buyer.copy.done', { what: thing }) : t('buyer.copy.failed')),
          )
        }
      >
        {t('buyer.copy.button')}
        <span className="ns-visually-hidden"> {thing}</span>
      </button>
      <span className="buyer-copy__said" role="status">
        {said}
      </span>
    </span>
  );
}

/** One fact of a payment screen ("Số tiền: 99.000 ₫") with its copy button, the value copied as the app wants it. */
export function CopyRow({ text, value, what }: { text: string; value: string; what: CopyWhat }) {
  return (
    <div className="buyer-copy-row">
      <p>{text}</p>
      <CopyButton value={value} what={what} />
    </div>
  );
}
