import type { ReactNode } from 'react';
import { LanguageSwitch } from './language-switch.tsx';
import { OfflineNotice } from './offline-notice.tsx';

/**
 * The bar at the top of every screen: the title, an optional action (back, sign out), the language switch; under it,
 * while the phone is offline, a line saying so.
 */
export function AppBar({ title, start, end }: { title: string; start?: ReactNode; end?: ReactNode }) {
  return (
    <>
      <header className="ns-appbar">
        {start}
        <h1 className="ns-appbar__title">{title}</h1>
        {end}
        <LanguageSwitch />
      </header>
      <OfflineNotice />
    </>
  );
}
