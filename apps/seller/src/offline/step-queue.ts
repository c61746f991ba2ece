import type { OrderActionType } from '@nongsan/domain';
import { createStore, get, set } from 'idb-keyval';
import { useSyncExternalStore } from 'react';

/**
 * Order steps made on the phone while it has no signal, kept in IndexedDB (they survive a reload or a closed app)
 * until sent, in the order they were made. Each has its idempotency key and the order's version it was made
 * against, so the server applies it once, or refuses it saying what happened meanwhile (the buyer cancelled).
 */
export interface WaitingStep {
  /** The idempotency key it is sent with. */
  readonly key: string;
  readonly orderId: string;
  readonly reference: string;
  readonly householdId?: string | undefined;
  readonly action: Exclude<OrderActionType, 'expire' | 'record_payment'>;
  /** What the step says besides the order: tracking code, reason. */
  readonly input: Readonly<Record<string, string | number>>;
  readonly expectedVersion: number;
  readonly madeAt: string;
  /** The server refused it when it was sent: why, in both languages. Kept until the seller has read it. */
  readonly refused?: { readonly vi: string; readonly en: string } | undefined;
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

/** The steps of one order (waiting and refused), re-rendering when they change. */
export function useWaitingSteps(orderId?: string): readonly WaitingStep[] {
  const all = useSyncExternalStore(
    (changed) => {
      listeners.add(changed);
      void loadWaitingSteps();
      return () => listeners.delete(changed);
    },
    () => steps,
    () => steps,
  );
  return orderId === undefined ? all : all.filter((s) => s.orderId === orderId);
}
