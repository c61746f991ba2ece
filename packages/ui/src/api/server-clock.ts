import type { QueryClient } from '@tanstack/react-query';
import { useEffect, useState, useSyncExternalStore } from 'react';

/**
 * The server's clock as the app knows it: answers that carry `serverTime` (the server's "now", e.g. the seller's
 * inbox) set how far the phone's clock is from it, so deadlines counted on the phone (the 24 hours to confirm)
 * count from the server's time even when the phone's clock is wrong.
 */

/** How far the server's clock is ahead of the phone's, in ms, from one answer and when the phone received it. */
export function clockOffset(serverTime: string, receivedAt: number): number | null {
  const server = Date.parse(serverTime);
  return Number.isFinite(server) && Number.isFinite(receivedAt) ? server - receivedAt : null;
}

let offsetMs = 0;
const listeners = new Set<() => void>();

function setOffset(next: number) {
  if (next === offsetMs) return;
  offsetMs = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The server's "now" in ms, by the phone's clock and the last known offset. */
export function serverNow(): number {
  return Date.now() + offsetMs;
}

/** The `serverTime` an answer carries: its own, or its first page's when the query is read a page at a time. */
export function serverTimeOf(data: unknown): string | undefined {
  const answer = data as { serverTime?: unknown; pages?: readonly { serverTime?: unknown }[] } | undefined;
  const time = answer?.serverTime ?? answer?.pages?.[0]?.serverTime;
  return typeof time === 'string' ? time : undefined;
}

/**
 * Watches every query's answers: one with a `serverTime` (itself or its first page) sets the offset (the phone's
 * time of receipt is the query's `dataUpdatedAt`). Installed once per app; returns what stops it.
 */
export function trackServerTime(queryClient: QueryClient): () => void {
  return queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'success') return;
    const serverTime = serverTimeOf(event.query.state.data);
    if (serverTime === undefined) return;
    const offset = clockOffset(serverTime, event.query.state.dataUpdatedAt);
    if (offset !== null) setOffset(offset);
  });
}

/** The server's "now", re-rendered every `everyMs` and whenever the offset is learnt anew. */
export function useServerNow(everyMs = 30_000): number {
  const offset = useSyncExternalStore(
    subscribe,
    () => offsetMs,
    () => 0,
  );
  const [phoneNow, setPhoneNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setPhoneNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return phoneNow + offset;
}
