import type { ReactNode } from 'react';

/** The scrolling body of a screen, below the app bar and above the bottom navigation. */
export function Page({ children, heading }: { children: ReactNode; heading?: string }) {
  return (
    <main className="ns-page">
      {heading ? <h2 className="ns-page__heading">{heading}</h2> : null}
      {children}
    </main>
  );
}
