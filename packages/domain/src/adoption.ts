import * as z from 'zod';
import { DomainError } from './errors.ts';

/**
 * How far a household has come on the marketplace, in the order the programme takes it: not yet reached, aware
 * (heard the loudspeaker or a neighbour), registered (an account and an e-payment account), shop open, first
 * listing, first sale.
 */
export const ADOPTION_STAGES = [
  'not_reached',
  'aware',
  'registered',
  'shop_open',
  'first_listing',
  'first_sale',
] as const;
/** An adoption stage, parsed (see `ADOPTION_STAGES`). */
export const AdoptionStageSchema = z.enum(ADOPTION_STAGES);
/** How far a household has come in selling online (one of `ADOPTION_STAGES`). */
export type AdoptionStage = z.infer<typeof AdoptionStageSchema>;

/**
 * The commune's target for 2022: 64% of households with a digital shop (shared/docs/long-dong.md). A policy of the
 * commune, read by the officials' figures and the simulation's report alike.
 */
export const SHOP_TARGET = 0.64;

/** Names of the stages for people (officials' dashboards, the helper's list). */
export const ADOPTION_STAGE_LABELS: Readonly<
  Record<AdoptionStage, { readonly vi: string; readonly en: string }>
> = {
  not_reached: { vi: 'Chưa tiếp cận', en: 'Not reached' },
  aware: { vi: 'Đã biết đến', en: 'Aware' },
  registered: { vi: 'Đã đăng ký', en: 'Registered' },
  shop_open: { vi: 'Đã mở gian hàng', en: 'Shop open' },
  first_listing: { vi: 'Đã đăng sản phẩm', en: 'First listing' },
  first_sale: { vi: 'Đã bán được hàng', en: 'First sale' },
};

/** Position of a stage, 0 for `not_reached` to 5 for `first_sale`. */
export function stageIndex(stage: AdoptionStage): number {
  return ADOPTION_STAGES.indexOf(stage);
}

/** Whether a household at `stage` has reached `target` (a stage counts as reached once, forever). */
export function hasReached(stage: AdoptionStage, target: AdoptionStage): boolean {
  return stageIndex(stage) >= stageIndex(target);
}

/** The stage after this one, or null at `first_sale`. */
export function nextStage(stage: AdoptionStage): AdoptionStage | null {
  return ADOPTION_STAGES[stageIndex(stage) + 1] ?? null;
}

/** Whether moving from `from` to `to` is legal: exactly one step forward. */
export function isLegalAdoptionStep(from: AdoptionStage, to: AdoptionStage): boolean {
  return stageIndex(to) === stageIndex(from) + 1;
}

/**
 * Move a household one stage on. Only the next stage is legal: a household cannot open a shop before it is
 * registered, nor sell before it lists, so no stage is skipped (the programme's counts of shops and sellers rely
 * on it). Nothing goes back either: a stage records a milestone that happened (a first sale stays a first sale),
 * and a shop that pauses or closes is the shop's status, not a lost stage. Anything else throws
 * `adoption.illegal_transition` with `from` and `to`.
 */
export function advanceAdoption(current: AdoptionStage, next: AdoptionStage): AdoptionStage {
  if (!isLegalAdoptionStep(current, next)) {
    throw new DomainError('adoption.illegal_transition', { from: current, to: next });
  }
  return next;
}
