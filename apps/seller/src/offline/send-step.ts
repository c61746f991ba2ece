import { TRPCClientError } from '@trpc/client';
import type { useTRPCClient } from '../trpc.ts';
import {
  enqueueStep,
  isListingStep,
  loadWaitingSteps,
  stepsWaiting,
  type WaitingStep,
} from './step-queue.ts';

type Client = ReturnType<typeof useTRPCClient>;

/** How long a step's request may go unanswered before it is taken for a lost signal (and waits on the phone). */
export const SEND_TIMEOUT_MS = 20_000;

/** The window event that asks `SendWaitingSteps` to send what waits now (a step just waited while online). */
export const SEND_WAITING_NOW = 'nongsan:send-waiting-steps';

const ORDER_PROCEDURE = {
  confirm: 'confirm',
  cancel: 'cancel',
  adjust_weight: 'adjustWeight',
  hand_over: 'handOver',
  deliver: 'markDelivered',
  fail_delivery: 'markDeliveryFailed',
} as const;

/** Sends one step with its key and the version it was made against; the server applies it once. */
export async function sendStep(client: Client, step: WaitingStep, signal?: AbortSignal): Promise<void> {
  const acting = step.householdId === undefined ? {} : { householdId: step.householdId };
  if (isListingStep(step) && step.action === 'set_stock') {
    const { listingId, stock, expectedStock } = step;
    await client.listings.setStock.mutate(
      { listingId, stock, expectedStock, idempotencyKey: step.key, ...acting },
      { signal },
    );
    return;
  }
  if (isListingStep(step)) {
    const sent = { idempotencyKey: step.key, expectedStatus: step.expectedStatus };
    await client.listings.setStatus.mutate(
      { listingId: step.listingId, action: step.action, ...acting, ...sent },
      { signal },
    );
    return;
  }
  const sent = { idempotencyKey: step.key, expectedVersion: step.expectedVersion };
  const name = ORDER_PROCEDURE[step.action as keyof typeof ORDER_PROCEDURE];
  if (!name) throw new Error(`no procedure for ${step.action}`);
  const procedure = client.orders[name] as unknown as {
    mutate(input: unknown, opts: { signal?: AbortSignal | undefined }): Promise<unknown>;
  };
  await procedure.mutate({ orderId: step.orderId, ...acting, ...step.input, ...sent }, { signal });
}

/**
 * Whether a request failed without an answer from the server: no network (fetch's TypeError, also when the browser
 * believes it is online), no answer in time, or a gateway's non-tRPC reply. The step may or may not have arrived;
 * sent again with the same key it is applied at most once.
 */
export function lostSignal(error: unknown): boolean {
  return error instanceof TRPCClientError && !error.data;
}

/**
 * Sends a step now, or keeps it on the phone to send later: without a signal, behind steps that still wait (they
 * go first, in order), or when its request got no answer. A refusal by the server is thrown for the form to show.
 * Answers whether it waits.
 */
export async function sendNowOrWait(client: Client, step: WaitingStep): Promise<'sent' | 'waiting'> {
  await loadWaitingSteps();
  if (navigator.onLine && !stepsWaiting()) {
    try {
      await sendStep(client, step, AbortSignal.timeout(SEND_TIMEOUT_MS));
      return 'sent';
    } catch (error) {
      if (!lostSignal(error)) throw error;
    }
  }
  await enqueueStep(step);
  if (navigator.onLine) window.dispatchEvent(new Event(SEND_WAITING_NOW));
  return 'waiting';
}
