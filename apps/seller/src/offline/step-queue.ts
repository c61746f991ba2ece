import type {
  ListingStatus,
  ListingStatusAction,
  OrderActionType,
  WaitingListingChange,
} from '@nongsan/domain';
import { createStore, get, set } from 'idb-keyval';
import { useSyncExternalStore } from 'react';

/**
 * Order and listing steps made on the phone while it has no signal (or whose request got no answer), kept in
 * IndexedDB (they survive a reload or a closed app) until sent, in the order they were made. Each has its
 * idempotency key and the order's version (the listing's status) it was made against, so the server applies it once, or
 * refuses it saying what happened meanwhile (the buyer cancelled, the listing was changed elsewhere).
 */
export type WaitingStep = WaitingOrderStep | WaitingListingStep;

/** A step on an order: confirm, reject, weigh, hand over, delivered, not delivered. */
export interface WaitingOrderStep {
  /** Absent in steps saved before listings could wait too. */
  readonly kind?: 'order' | undefined;
  /** The idempotency key it is sent with (also when it is sent at once: a lost answer is sent again with it). */
  readonly key: string;
  readonly orderId: string;
  readonly reference: string;
  readonly householdId?: string | undefined;
  /** An order action, or weighing a line at packing (`input`: lineIndex, packedQuantity). */
  readonly action: Exclude<OrderActionType, 'expire' | 'record_payment'> | 'adjust_weight';
  /** What the step says besides the order: tracking code, reason. */
  readonly input: Readonly<Record<string, string | number>>;
  readonly expectedVersion: number;
  readonly madeAt: string;
  /** The server refused it when it was sent: why, in both languages. Kept until the seller has read it. */
  readonly refused?: { readonly vi: string; readonly en: string } | undefined;
}

/** A step on a listing: pause, resume, publish, sold out, or a new stock level. */
export type WaitingListingStep = WaitingListingStatusStep | WaitingListingStockStep;

interface WaitingListingFacts {
  readonly kind: 'listing';
  readonly key: string;
  readonly listingId: string;
  readonly title: string;
  readonly householdId?: string | undefined;
  readonly madeAt: string;
  readonly refused?: { readonly vi: string; readonly en: string } | undefined;
}

/** Pause, resume, publish, sold out. */
export interface WaitingListingStatusStep extends WaitingListingFacts {
  readonly action: ListingStatusAction;
  /** The status the seller saw (after the steps waiting before it): buyers' orders may move the stock meanwhile. */
  readonly expectedStatus: ListingStatus;
}

/** How much is left to sell, as the seller typed it (base units), and the stock they saw when typing it. */
export interface WaitingListingStockStep extends WaitingListingFacts {
  readonly action: 'set_stock';
  readonly stock: number;
  /** After the steps waiting before it; sent later, the new stock applies only if this is still the stock. */
  readonly expectedStock: number;
}

/** What a listing step changes, as the domain's `listingAfterWaiting` reads it. */
export function listingChange(step: WaitingListingStep): WaitingListingChange {
  return step.action === 'set_stock' ? { stock: step.stock } : step.action;
}

export function isListingStep(step: WaitingStep): step is WaitingListingStep {
  return step.kind === 'listing';
}

const store = typeof indexedDB === 'undefined' ? null : createStore('nongsan-seller', 'waiting-steps');
const KEY = 'steps.v1';
let steps: readonly WaitingStep[] = [];
const listeners = new Set<() => void>();
let loaded: Promise<void> | null = null;

function publish(next: readonly WaitingStep[]): Promise<void> {
  steps = next;
  for (const listener of listeners) listener();
  return store ? set(KEY, next, store) : Promise.resolve();
}

/** Reads what waits from IndexedDB (once; later calls wait for the same read). */
export function loadWaitingSteps(): Promise<void> {
  loaded ??= (store ? get<WaitingStep[]>(KEY, store) : Promise.resolve(undefined)).then((saved) => {
    if (saved && steps.length === 0) return publish(saved);
  });
  return loaded;
}

export function waitingSteps(): readonly WaitingStep[] {
  return steps;
}

export async function enqueueStep(step: WaitingStep): Promise<void> {
  await loadWaitingSteps();
  await publish([...steps, step]);
}

export async function forgetStep(key: string): Promise<void> {
  await publish(steps.filter((s) => s.key !== key));
}

export async function refuseStep(key: string, refused: { vi: string; en: string }): Promise<void> {
  await publish(steps.map((s) => (s.key === key ? { ...s, refused } : s)));
}

/** Whether steps made earlier still wait to be sent: a new one then waits behind them, to keep the order. */
export function stepsWaiting(): boolean {
  return steps.some((s) => !s.refused);
}

/** The steps of one order (waiting and refused), re-rendering when they change. */
export function useWaitingSteps(orderId: string): readonly WaitingOrderStep[] {
  return useAllWaitingSteps().filter(
    (s): s is WaitingOrderStep => !isListingStep(s) && s.orderId === orderId,
  );
}

/** The steps of one listing (waiting and refused), re-rendering when they change. */
export function useWaitingListingSteps(listingId: string): readonly WaitingListingStep[] {
  return useAllWaitingSteps().filter(
    (s): s is WaitingListingStep => isListingStep(s) && s.listingId === listingId,
  );
}

function useAllWaitingSteps(): readonly WaitingStep[] {
  return useSyncExternalStore(
    (changed) => {
      listeners.add(changed);
      void loadWaitingSteps();
      return () => listeners.delete(changed);
    },
    () => steps,
    () => steps,
  );
}
