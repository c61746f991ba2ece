/**
 * How the commune stands on one day: the figures the reports give, computed the same way for every run.
 * `orders` are successful (delivered) orders; `deliveredKg` counts pieces at their nominal weight; `revenueVnd` is
 * the value of delivered goods without delivery fees; `inDistrictOrderShare` is the share of delivered orders
 * whose buyer lives in the district (the `local` delivery zone).
 */
export interface Checkpoint {
  readonly date: string;
  readonly households: number;
  readonly shops: number;
  readonly shopShare: number;
  readonly paymentAccounts: number;
  readonly paymentAccountShare: number;
  readonly leadSellers: number;
  readonly leadSellerShare: number;
  readonly orders: number;
  readonly deliveredKg: number;
  readonly revenueVnd: number;
  readonly inDistrictOrderShare: number;
}
