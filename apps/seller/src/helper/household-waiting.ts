import { type AdoptionStage, hasReached } from '@nongsan/domain';
import type { UiStringKey } from '@nongsan/ui';

/** What the household's own figures say is left to do, as the facts a helper reads off a card. */
export interface HouseholdFacts {
  readonly stage: AdoptionStage;
  readonly hasShop: boolean;
  /** Orders waiting for the household's confirmation; null while not known. */
  readonly newOrders: number | null;
  /** Payment accounts on file; null while not known. */
  readonly paymentAccounts: number | null;
}

export interface WaitingItem {
  readonly key: UiStringKey;
  readonly count?: number;
}

/**
 * What is waiting for a household, most urgent first: orders to confirm (the 24-hour deadline runs), then the
 * steps the programme still lacks: a shop, a payment account, a first listing. Unknown figures add nothing.
 */
export function waitingFor(facts: HouseholdFacts): WaitingItem[] {
  const items: WaitingItem[] = [];
  if (facts.newOrders !== null && facts.newOrders > 0)
    items.push({ key: 'helper.waiting.newOrders', count: facts.newOrders });
  if (!facts.hasShop) items.push({ key: 'helper.waiting.noShop' });
  if (facts.paymentAccounts === 0) items.push({ key: 'helper.waiting.noPayment' });
  if (facts.hasShop && !hasReached(facts.stage, 'first_listing'))
    items.push({ key: 'helper.waiting.noListing' });
  return items;
}
