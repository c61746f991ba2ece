import type { PaymentMethod } from '@nongsan/domain';
import type { AddressDraft } from './delivery-address.ts';

/**
 * What the buyer has typed at checkout and not placed yet: the address (with the phone to call), the note and the
 * way to pay each shop. Kept on this phone (localStorage) on every change, so a reload or Back does not lose it;
 * forgotten once the orders are placed.
 */
export interface CheckoutDraft {
  readonly address: AddressDraft;
  readonly note: string;
  readonly methods: Readonly<Record<string, PaymentMethod>>;
}

export const CHECKOUT_DRAFT_KEY = 'nongsan.buyer.checkout-draft.v1';

const isText = (value: unknown): value is string => typeof value === 'string';

/** The draft kept on this phone, or null when there is none (or it cannot be read). */
export function readCheckoutDraft(storage: Pick<Storage, 'getItem'> = localStorage): CheckoutDraft | null {
  try {
    const parsed = JSON.parse(storage.getItem(CHECKOUT_DRAFT_KEY) ?? 'null') as Partial<CheckoutDraft> | null;
    if (!parsed || typeof parsed !== 'object') return null;
    const { address, note, methods } = parsed;
    if (!address || !Object.values(address).every(isText) || !isText(note)) return null;
    return { address, note, methods: methods && typeof methods === 'object' ? methods : {} };
  } catch {
    return null;
  }
}

export function saveCheckoutDraft(
  draft: CheckoutDraft,
  storage: Pick<Storage, 'setItem'> = localStorage,
): void {
  try {
    storage.setItem(CHECKOUT_DRAFT_KEY, JSON.stringify(draft));
  } catch {
    // Not kept; the form still works.
  }
}

export function forgetCheckoutDraft(storage: Pick<Storage, 'removeItem'> = localStorage): void {
  try {
    storage.removeItem(CHECKOUT_DRAFT_KEY);
  } catch {
    // Nothing to forget.
  }
}
