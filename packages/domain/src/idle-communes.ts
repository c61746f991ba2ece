/** A commune's (or anyone's) sold orders in one month, `YYYY-MM`. */
export interface MonthOrders {
  readonly month: string;
  readonly orders: number;
}

/** How many months without a sale, the current one included, make a commune that sold before "idle". */
export const IDLE_MONTHS = 2;

/** The month `n` months before `month` (`YYYY-MM`). */
export function monthBefore(month: string, n: number): string {
  const [year = 0, m = 1] = month.split('-').map(Number);
  const index = year * 12 + (m - 1) - n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * Whether a commune's shops have gone idle after the harvest, as of `currentMonth`: they sold in the twelve months
 * before, but nothing in the last `IDLE_MONTHS` months (the current one included). Sales follow the seasons, so the
 * province's officials look at these communes when the next crop comes in. A commune that never sold is not idle:
 * it has not started.
 */
export function isIdleAfterHarvest(months: readonly MonthOrders[], currentMonth: string): boolean {
  const quietFrom = monthBefore(currentMonth, IDLE_MONTHS - 1);
  const yearFrom = monthBefore(currentMonth, 12);
  const soldBefore = months.some((m) => m.orders > 0 && m.month >= yearFrom && m.month < quietFrom);
  const soldLately = months.some((m) => m.orders > 0 && m.month >= quietFrom && m.month <= currentMonth);
  return soldBefore && !soldLately;
}
