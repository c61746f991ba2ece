import { Link, useLocation } from 'wouter';
import { useLocale } from '../i18n/locale-context.tsx';

export interface NavItem {
  readonly href: string;
  readonly label: string;
  /** A character-sized picture (emoji): no icon font or sprite to download. */
  readonly icon: string;
}

/** The thumb-reach navigation of a phone app: a few destinations, the current one marked for screen readers too. */
export function BottomNav({ items }: { items: readonly NavItem[] }) {
  const [location] = useLocation();
  const { t } = useLocale();
  return (
    <nav className="ns-bottomnav" aria-label={t('nav.main')}>
      {items.map((item) => {
        const current = item.href === '/' ? location === '/' : location.startsWith(item.href);
        return (
          <Link key={item.href} href={item.href} aria-current={current ? 'page' : undefined}>
            <span aria-hidden="true" className="ns-bottomnav__icon">
              {item.icon}
            </span>
            {item.label}
          </Link>
        );
      })}
    </nav>
  );
}
