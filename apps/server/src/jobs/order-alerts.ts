import { OrderAlertsService, type PushSender, type ServiceDeps } from '@nongsan/api';

/** How often the job looks for orders to alert about: a new order reaches the phone within seconds. */
export const ORDER_ALERTS_INTERVAL_MS = 5_000;

export interface OrderAlertsJob {
  /** One pass now: pushes every alert due; how many went out and how many gone devices were forgotten. */
  runOnce(): Promise<{ sent: number; removed: number }>;
  stop(): void;
}

/**
 * Push alerts about orders (new, cancelled by the buyer, 12 hours left to confirm), every few seconds, outside every
 * order's transaction: the job reads only what is committed, and a push service that fails or hangs delays nothing
 * but its own alert. Several processes may run it over one database; each alert is claimed once. A pass still
 * running when the next tick comes is not doubled.
 */
export function startOrderAlerts(
  deps: ServiceDeps & { readonly sender: PushSender },
  options: { intervalMs?: number; onError?: (error: unknown) => void } = {},
): OrderAlertsJob {
  const service = new OrderAlertsService({ ...deps, appBase: '/seller' });
  const onError = options.onError ?? ((error: unknown) => console.error('order alerts failed', error));
  let running: Promise<{ sent: number; removed: number }> | null = null;
  const runOnce = async () => {
    if (running) return running;
    running = service.runOnce();
    try {
      return await running;
    } finally {
      running = null;
    }
  };
  const timer = setInterval(
    () => void runOnce().catch(onError),
    options.intervalMs ?? ORDER_ALERTS_INTERVAL_MS,
  );
  timer.unref();
  return { runOnce, stop: () => clearInterval(timer) };
}
