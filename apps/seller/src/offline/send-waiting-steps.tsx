import { serverErrorData } from '@nongsan/ui';
import { useQueryClient } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';
import { useEffect } from 'react';
import { useTRPC, useTRPCClient } from '../trpc.ts';
import { lostSignal, SEND_TIMEOUT_MS, SEND_WAITING_NOW, sendStep } from './send-step.ts';
import { forgetStep, loadWaitingSteps, refuseStep, stepsWaiting, waitingSteps } from './step-queue.ts';

/** How often steps still waiting are tried again while the browser says it is online (their request got no answer). */
const RETRY_MS = 15_000;

/**
 * Sends the steps waiting on the phone, oldest first, whenever the signal is back, when the app opens, and every
 * 15 s while some wait (a request that got no answer while the browser believed it was online). One that the
 * server refuses (the order or listing changed meanwhile) is kept with the reason for the seller to read; a lost
 * connection or a busy server stops the round, and the next one starts it again. Renders nothing.
 */
export function SendWaitingSteps() {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();

  useEffect(() => {
    let sending = false;
    const round = async () => {
      if (sending || !navigator.onLine) return;
      sending = true;
      let sent = false;
      try {
        await loadWaitingSteps();
        for (const step of waitingSteps()) {
          if (step.refused) continue;
          sent = true;
          try {
            await sendStep(client, step, AbortSignal.timeout(SEND_TIMEOUT_MS));
            await forgetStep(step.key);
          } catch (error) {
            const status = error instanceof TRPCClientError ? Number(error.data?.httpStatus ?? 0) : 0;
            const data = serverErrorData(error);
            // No answer (the signal went again) or a busy server: try this and the rest later, in order.
            if (lostSignal(error) || !data || status === 0 || status === 429 || status >= 500) break;
            const problem = data.problems[0];
            await refuseStep(step.key, { vi: problem?.vi ?? data.text.vi, en: problem?.en ?? data.text.en });
          }
        }
      } finally {
        sending = false;
        if (sent) {
          await queryClient.invalidateQueries({ queryKey: trpc.orders.inbox.pathKey() });
          await queryClient.invalidateQueries({ queryKey: trpc.orders.get.queryKey() });
          await queryClient.invalidateQueries({ queryKey: trpc.listings.mine.pathKey() });
        }
      }
    };
    void round();
    const onOnline = () => void round();
    window.addEventListener('online', onOnline);
    window.addEventListener(SEND_WAITING_NOW, onOnline);
    const retry = window.setInterval(() => {
      if (stepsWaiting()) void round();
    }, RETRY_MS);
    return () => {
      window.removeEventListener('online', onOnline);
      window.removeEventListener(SEND_WAITING_NOW, onOnline);
      window.clearInterval(retry);
    };
  }, [client, queryClient, trpc]);

  return null;
}
