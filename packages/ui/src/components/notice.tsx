import type { ReactNode } from 'react';

/** A message across the screen: an error is announced at once (`alert`), information politely (`status`). */
export function Notice({ tone, children }: { tone: 'error' | 'info'; children: ReactNode }) {
  return (
    <div className={`ns-notice ns-notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
