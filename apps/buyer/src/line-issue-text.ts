import type { Locale, Unit } from '@nongsan/domain';
import { format, type UiStringKey } from '@nongsan/ui';
import type { LineIssue } from './cart/shop-orders.ts';

const KEYS: Record<LineIssue['kind'], UiStringKey> = {
  'below-minimum': 'buyer.limit.belowMinimum',
  'over-cap': 'buyer.limit.overCap',
  'over-stock': 'buyer.limit.overStock',
};

/** Why a quantity cannot be ordered, in words: "Cần đặt ít nhất 1 kg." */
export function lineIssueText(
  issue: LineIssue | null,
  unit: Unit,
  locale: Locale,
  t: (key: UiStringKey, params?: Record<string, string | number>) => string,
): string | null {
  if (!issue) return null;
  return t(KEYS[issue.kind], { quantity: format.quantity(issue.limit, unit, locale) });
}
