import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTRPC } from '../trpc.ts';
import { useInboxPages } from './inbox-pages.ts';

/** How often the open app asks whether the inbox changed (a few bytes each time). */
export const INBOX_POLL_MS = 4000;

/**
 * Keeps the shop's inbox fresh while the app is open: polls `orders.inboxVersion`, refetches `orders.inbox` when
 * the version moves, and counts orders awaiting confirmation that arrived since the app opened (`fresh`), which
 * the app announces with a banner and in the document title until the seller looks at them (`seen`).
 */
export function useInbox(householdId?: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const input = householdId === undefined ? {} : { householdId };
  const version = useQuery({
    ...trpc.orders.inboxVersion.queryOptions(input),
    refetchInterval: INBOX_POLL_MS,
    refetchIntervalInBackground: true,
  });
  const inbox = useInboxPages(householdId);
  const known = useRef<Set<string> | null>(null);
  const [fresh, setFresh] = useState<string[]>([]);

  const latest = version.data?.version;
  const loaded = inbox.version;
  useEffect(() => {
    if (latest !== undefined && loaded !== undefined && latest !== loaded) {
      void queryClient.invalidateQueries({ queryKey: trpc.orders.inbox.pathKey() });
    }
  }, [latest, loaded, queryClient, trpc]);

  const orders = inbox.orders;
  useEffect(() => {
    if (!orders) return;
    const waiting = orders.filter((o) => o.status === 'placed').map((o) => o.id);
    if (known.current === null) {
      known.current = new Set(orders.map((o) => o.id));
      return;
    }
    const seen = known.current;
    const arrived = waiting.filter((id) => !seen.has(id));
    for (const o of orders) seen.add(o.id);
    if (arrived.length > 0) setFresh((current) => [...current, ...arrived]);
  }, [orders]);

  const seen = useCallback(() => setFresh([]), []);
  return { inbox, fresh, seen };
}
