import { findBankByBin, parseVietQr } from '@nongsan/domain';
import { format, useLocale, VietQrCode } from '@nongsan/ui';
import { CopyRow } from './copy-button.tsx';

/** The code with what it says in words (read back from the payload): amount, transfer reference, account. */
export function VietQrPanel({
  qr,
}: {
  qr: {
    payload: string;
    amount: number;
    reference: string;
    bin: string;
    accountNumber: string;
    holderName: string;
  };
}) {
  const { t } = useLocale();
  const amount = format.money(qr.amount);
  const purpose = parseVietQr(qr.payload).purpose ?? qr.reference;
  return (
    <section className="buyer-qr" aria-labelledby="qr-title">
      <h3 id="qr-title">{t('buyer.qr.title')}</h3>
      <VietQrCode
        className="buyer-qr__code"
        payload={qr.payload}
        label={t('buyer.qr.alt', { amount, reference: qr.reference })}
      />
      <div className="buyer-qr__amount">
        <CopyRow text={t('buyer.qr.amount', { amount })} value={String(qr.amount)} what="amount" />
      </div>
      <CopyRow text={t('buyer.qr.reference', { purpose })} value={purpose} what="reference" />
      <CopyRow
        text={t('buyer.qr.accountNumber', { account: qr.accountNumber })}
        value={qr.accountNumber}
        what="accountNumber"
      />
      <p className="ns-muted">
        {t('buyer.qr.account', {
          bank: findBankByBin(qr.bin)?.shortName ?? qr.bin,
          account: qr.accountNumber,
          holder: qr.holderName,
        })}
      </p>
      <p className="ns-muted">{t('buyer.qr.after')}</p>
    </section>
  );
}
