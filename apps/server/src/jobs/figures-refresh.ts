import type { ServiceDeps } from '@nongsan/api';
import { ProvinceService } from '@nongsan/api';

/** How often the pre-aggregated figures of the province's overview are recounted. */
export const FIGURES_REFRESH_INTERVAL_MS = 60_000;

export interface FiguresRefreshJob {
  /** One pass now; returns how many (village, month) pairs it recounted. */
  runOnce(): Promise<number>;
  stop(): void;
}

/**
 * Recounts the figures the province's overview reads (households, shops, leads per village; sold orders per village
 * and month, only where orders changed since the last pass): once at start, then every minute. A pass still running
 * when the next tick comes is not doubled; several processes may run it (each pass is one transaction).
 */
export function startFiguresRefresh(
  deps: ServiceDeps,
  options: { intervalMs?: number; onError?: (error: unknown) => void } = {},
): FiguresRefreshJob {
  const service = new ProvinceService(deps);
  const onError = options.onError ?? ((error: unknown) => console.error('figures refresh failed', error));
  let running: Promise<number> | null = null;
  const runOnce = async (): Promise<number> => {
    running ??= service.refreshFigures().finally(() => {
      running = null;
    });
    return running;
  };
  const tick = () => {
    runOnce().catch(onError);
  };
  tick();
  const timer = setInterval(tick, options.intervalMs ?? FIGURES_REFRESH_INTERVAL_MS);
  timer.unref();
  return { runOnce, stop: () => clearInterval(timer) };
}
