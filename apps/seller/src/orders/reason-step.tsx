import {
  Notice,
  SelectField,
  TextField,
  type UiStringKey,
  useFormProblems,
  useLocale,
  useSubmitGuard,
} from '@nongsan/ui';
import { type FormEvent, useState } from 'react';
import './orders.css';

/** The reasons a seller gives most often, per step; the last choice of each is "another reason" (free text). */
export const REJECT_REASONS = [
  'sellerOrders.reason.outOfStock',
  'sellerOrders.reason.notRipe',
  'sellerOrders.reason.cannotDeliver',
  'sellerOrders.reason.other',
] as const satisfies readonly UiStringKey[];
export const FAILED_DELIVERY_REASONS = [
  'sellerOrders.reason.unreachable',
  'sellerOrders.reason.refused',
  'sellerOrders.reason.wrongAddress',
  'sellerOrders.reason.other',
] as const satisfies readonly UiStringKey[];

const OTHER: UiStringKey = 'sellerOrders.reason.other';

/**
 * A step that closes an order and cannot be undone (reject, delivery failed): first a button, then a reason picked
 * from the usual ones with room for more words (required for "another reason"), then an "are you sure" before
 * anything is sent. The server's message for the reason shows under the field; what was typed stays.
 */
export function ReasonStep({
  open,
  send,
  question,
  choices,
  run,
}: {
  /** The first button, e.g. "Từ chối". */
  open: string;
  /** The button that asks to be sure, e.g. "Từ chối đơn". */
  send: string;
  /** The question of the last step, e.g. "Từ chối đơn này? Không thể hoàn tác." */
  question: string;
  choices: readonly UiStringKey[];
  run: (reason: string) => Promise<unknown>;
}) {
  const { t } = useLocale();
  const [stage, setStage] = useState<'closed' | 'reason' | 'sure'>('closed');
  const [choice, setChoice] = useState<UiStringKey>(choices[0] ?? OTHER);
  const [more, setMore] = useState('');
  const { submit, pending } = useSubmitGuard();
  const { errors, showError, clear } = useFormProblems(['reason']);
  const reason =
    choice === OTHER ? more.trim() : more.trim() === '' ? t(choice) : `${t(choice)}: ${more.trim()}`;

  if (stage === 'closed') {
    return (
      <button type="button" className="ns-button" onClick={() => setStage('reason')}>
        {open}
      </button>
    );
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (stage === 'reason') {
      setStage('sure');
      return;
    }
    void submit(async () => {
      clear();
      try {
        await run(reason);
      } catch (error) {
        showError(error);
        setStage('reason');
      }
    });
  }
  return (
    <form className="ns-step ns-reason" noValidate onSubmit={onSubmit} aria-label={send}>
      <SelectField
        label={t('sellerOrders.reasonChoice')}
        name="reasonChoice"
        options={choices.map((key) => ({ value: key, label: t(key) }))}
        value={choice}
        disabled={stage === 'sure'}
        onChange={(event) => setChoice(event.target.value as UiStringKey)}
      />
      <TextField
        label={t(choice === OTHER ? 'seller.orders.reason' : 'sellerOrders.reasonMore')}
        name="reason"
        autoComplete="off"
        value={more}
        readOnly={stage === 'sure'}
        onChange={(event) => setMore(event.target.value)}
        error={errors.fields.reason ?? errors.form}
      />
      {stage === 'sure' ? <Notice tone="info">{question}</Notice> : null}
      <div className="ns-reason__buttons">
        <button type="submit" className="ns-button ns-button--danger" disabled={pending} aria-busy={pending}>
          {stage === 'sure' ? t('sellerOrders.sure') : send}
        </button>
        <button
          type="button"
          className="ns-button"
          disabled={pending}
          onClick={() => setStage(stage === 'sure' ? 'reason' : 'closed')}
        >
          {t('sellerOrders.notNow')}
        </button>
      </div>
    </form>
  );
}
