import { serverErrorData } from '@nongsan/ui';
import { useQueryClient } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';
import { useEffect } from 'react';
import { useTRPC, useTRPCClient } from '../trpc.ts';
import { forgetStep, loadWaitingSteps, refuseStep, type WaitingStep, waitingSteps } from './step-queue.ts';

const PROCEDURE = {
  confirm: 'confirm',
  hand_over: 'handOver',
  deliver: 'markDelivered',
  fail_delivery: 'markDeliveryFailed',
  cancel: 'cancel',
} as const;

/**
 * Sends the steps waiting on the phone, oldest first, whenever the signal is back (and when the app opens). One
 * that the server refuses (the order changed meanwhile) is kept with the reason for the seller to read; a lost
 * connection stops the round, and the next `online` starts it again. Renders nothing.
 */
export function SendWaitingSteps() {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();

  useEffect(() => {
    let sending = false;
    const send = async (step: WaitingStep) => {
      const input = {
        orderId: step.orderId,
        ...(step.householdId === undefined ? {} : { householdId: step.householdId }),
        ...step.input,
        idempotencyKey: step.key,
        expectedVersion: step.expectedVersion,
      };
      const orders = client.orders as unknown as Record<string, { mutate(input: unknown): Promise<unknown> }>;
      const procedure = orders[PROCEDURE[step.action as keyof typeof PROCEDURE]];
      if (!procedure) throw new Error(`no procedure for ${step.action}`);
      await procedure.mutate(input);
    };
    const round = async () => {
      if (sending || !navigator.onLine) return;
      sending = true;
      try {
        await loadWaitingSteps();
        for (const step of waitingSteps()) {
          if (step.refused) continue;
          try {
            await send(step);
            await forgetStep(step.key);
          } catch (error) {
            const data = serverErrorData(error);
            const status = error instanceof TRPCClientError ? Number(error.data?.httpStatus ?? 0) : 0;
            // No answer (the signal went again) or a busy server: try this and the rest later, in order.
            if (!data || status === 0 || status === 429 || status >= 500) break;
            const problem = data.problems[0];
            await refuseStep(step.key, { vi: problem?.vi ?? data.text.vi, en: problem?.en ?? data.text.en });
          }
        }
      } finally {
        sending = false;
        await queryClient.invalidateQueries({ queryKey: trpc.orders.inbox.queryKey() });
        await queryClient.invalidateQueries({ queryKey: trpc.orders.get.queryKey() });
      }
    };
    void round();
    const onOnline = () => void round();
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  }, [client, queryClient, trpc]);

  return null;
}
