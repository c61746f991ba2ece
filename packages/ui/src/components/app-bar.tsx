import type { ReactNode } from 'react';
import { LanguageSwitch } from './language-switch.tsx';

/** The bar at the top of every screen: the title, an optional action (back, sign out), the language switch. */
export function AppBar({ title, start, end }: { title: string; start?: ReactNode; end?: ReactNode }) {
  return (
    <header className="ns-appbar">
      {start}
      <h1 className="ns-appbar__title">{title}</h1>
      {end}
      <LanguageSwitch />
    </header>
  );
}
