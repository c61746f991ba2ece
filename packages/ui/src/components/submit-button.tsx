import type { ReactNode } from 'react';

/**
 * The form's main button. While `pending` it is disabled and marked busy (with the guard of `useSubmitGuard`
 * behind it, a second tap cannot send twice); its label stays so the button keeps its size.
 */
export function SubmitButton({
  pending,
  children,
  pendingLabel,
}: {
  pending: boolean;
  children: ReactNode;
  pendingLabel: string;
}) {
  return (
    <button type="submit" className="ns-button ns-button--primary" disabled={pending} aria-busy={pending}>
      {pending ? <span className="ns-spinner" aria-hidden="true" /> : null}
      <span>{children}</span>
      {pending ? <span className="ns-visually-hidden">{pendingLabel}</span> : null}
    </button>
  );
}
