import type { DeliveryZone } from '@nongsan/domain';
import type { Random } from './random.ts';
import { DAY_MS, HOUR_MS } from './run-context.ts';
import type { Scenario } from './scenario.ts';

/** The post office's rounds: the afternoon pick-up in the commune, deliveries during the working day. */
const PICKUP_HOUR = 14;
const DELIVERY_FIRST_HOUR = 9;
const DELIVERY_HOURS = 8;
const LOCAL_OFFSET_MS = 7 * HOUR_MS;

/**
 * Viettel Post in the model: it picks a confirmed parcel up on its afternoon round (never before the harvest of a
 * pre-ordered product), brings it within the zone's delivery days, and sometimes fails (the buyer unreachable,
 * fruit spoiled) and brings it back.
 */
export class Post {
  private trackingSeq = 0;

  constructor(
    private readonly scenario: Scenario,
    private readonly random: Random,
  ) {}

  /** When the parcel is handed over: a pick-up round `pickupDays` after confirmation, not before `earliest`. */
  pickupAt(confirmedAt: number, earliest: number): number {
    const { min, max } = this.scenario.post.pickupDays;
    const confirmedDay = startOfLocalDay(confirmedAt);
    let day = confirmedDay + this.random.between(min, max) * DAY_MS;
    if (day === confirmedDay && confirmedAt >= confirmedDay + PICKUP_HOUR * HOUR_MS) day += DAY_MS;
    const earliestDay = startOfLocalDay(earliest);
    if (day < earliestDay) day = earliestDay;
    return day + PICKUP_HOUR * HOUR_MS;
  }

  /** When the parcel reaches the buyer's door (or fails to). */
  deliveryAt(handedOverAt: number, zone: DeliveryZone): number {
    const { min, max } = this.scenario.post.deliveryDays[zone];
    const day = startOfLocalDay(handedOverAt) + Math.max(1, this.random.between(min, max)) * DAY_MS;
    return day + DELIVERY_FIRST_HOUR * HOUR_MS + this.random.int(DELIVERY_HOURS * 60) * 60_000;
  }

  fails(): boolean {
    return this.random.chance(this.scenario.post.failureRate);
  }

  /** A Viettel Post-style tracking code ("VTP" and nine digits), unique in the run. */
  trackingCode(): string {
    this.trackingSeq++;
    return `VTP${String(this.trackingSeq).padStart(9, '0')}`;
  }
}

/** Local (Vietnam) midnight at or before an instant, as epoch milliseconds. */
export function startOfLocalDay(at: number): number {
  return Math.floor((at + LOCAL_OFFSET_MS) / DAY_MS) * DAY_MS - LOCAL_OFFSET_MS;
}
