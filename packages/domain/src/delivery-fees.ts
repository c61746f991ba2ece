import type { Vnd } from './money.ts';
import type { DeliveryZone } from './places.ts';

/**
 * What the post charges to bring a parcel to the buyer, by zone, in whole đồng: `fee` for a parcel of a few
 * kilograms (the usual order), and `freeFrom`, the value of goods from which the seller offers free delivery (only
 * inside the former Bắc Sơn district, where the post's round costs the seller little), or null.
 * The figures are plausible for Viettel Post's 2021–2026 domestic tariffs for a parcel of up to about 5 kg:
 * inside the district, inside the province, and across the country. They are an assumption, not a quote.
 */
export const DELIVERY_FEES: Readonly<
  Record<DeliveryZone, { readonly fee: Vnd; readonly freeFrom: Vnd | null }>
> = {
  local: { fee: 15_000, freeFrom: 300_000 },
  province: { fee: 25_000, freeFrom: null },
  elsewhere: { fee: 40_000, freeFrom: null },
};

/**
 * The delivery fee of an order: its zone's fee, or nothing when the goods are worth at least the zone's free
 * threshold. Decided once, when the order is placed, so adjusting a weight at packing never changes it.
 */
export function deliveryFee(zone: DeliveryZone, subtotal: Vnd): Vnd {
  const { fee, freeFrom } = DELIVERY_FEES[zone];
  return freeFrom !== null && subtotal >= freeFrom ? 0 : fee;
}
