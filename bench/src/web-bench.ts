/**
 * The web apps as a phone gets them: initial JS + CSS gzipped per app (measured by the very script each app's build
 * checks its budget with, `scripts/check-bundle-size.mjs`, against the budget that build uses), and the time from
 * navigation to in-season listing cards on the buyer home page in Chromium under 1.6 Mbit/s and 150 ms latency,
 * the built buyer app served by the real built server (`@nongsan/ui/testing`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PhoneBrowser, RunningServer } from '@nongsan/ui/testing';
import { onInterrupt } from './cleanup.ts';
import { median } from './stats.ts';
import { harness } from './ui-testing.ts';

const { browserSkipReason, openPhoneBrowser, REPO_ROOT, startServer } = harness;

export interface BundleResult {
  readonly app: 'seller' | 'buyer';
  /** Null when the app is not built (the reason says so). */
  readonly gzippedKb: number | null;
  readonly budgetKb: number | null;
  readonly skipped?: string;
  readonly problems: string[];
}

/** The budget an app's build checks (`--budget-kb N` in its build script). */
function budgetOf(app: string): number | null {
  const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'apps', app, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  const match = /--budget-kb\s+(\d+(?:\.\d+)?)/.exec(pkg.scripts?.build ?? '');
  return match?.[1] ? Number(match[1]) : null;
}

export function bundleSize(app: 'seller' | 'buyer'): BundleResult {
  const dist = join(REPO_ROOT, 'apps', app, 'dist');
  const budgetKb = budgetOf(app);
  if (!existsSync(join(dist, '.vite', 'manifest.json')))
    return { app, gzippedKb: null, budgetKb, skipped: `apps/${app}/dist is not built`, problems: [] };
  // The script exits 1 over budget: that is a figure to report, not a failure of the measurement.
  const run = spawnSync(
    process.execPath,
    [join(REPO_ROOT, 'scripts', 'check-bundle-size.mjs'), dist, '--budget-kb', String(budgetKb ?? 1_000_000)],
    { encoding: 'utf8' },
  );
  const match = /initial JS \+ CSS: ([\d.]+) kB gzipped/.exec(run.stdout);
  if (!match?.[1])
    return {
      app,
      gzippedKb: null,
      budgetKb,
      problems: [`${app} bundle: check-bundle-size.mjs said nothing usable:\n${run.stdout}${run.stderr}`],
    };
  return { app, gzippedKb: Number(match[1]), budgetKb, problems: [] };
}

export interface PageTimeResult {
  readonly loads: number[];
  readonly medianMs: number;
  readonly cards: number;
  readonly skipped?: string;
  readonly problems: string[];
}

/** Chrome DevTools' 1.6 Mbit/s, 150 ms profile (upload 750 kbit/s), bytes per second as CDP wants them. */
export const PHONE_NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1_000_000) / 8,
  uploadThroughput: (750 * 1000) / 8,
} as const;

/**
 * In the page: the time since navigation started once a listing card shows its in-season badge, checked every
 * frame. Run through the DevTools protocol (`page.evaluate`), which the apps' CSP allows; `waitForFunction` builds
 * its predicate with `new Function` in the page, which the CSP (no 'unsafe-eval') rightly refuses.
 */
const UNTIL_IN_SEASON_CARD = `new Promise((resolve) => {
  const check = () => {
    const badge = document.querySelector('.ns-cards li .ns-badge:not(.ns-badge--muted)');
    if (badge !== null && badge.getBoundingClientRect().height > 0) resolve(performance.now());
    else requestAnimationFrame(check);
  };
  check();
})`;

function within<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: nothing after ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

export async function buyerPageTime(loads: number): Promise<PageTimeResult> {
  const skip = browserSkipReason();
  if (skip) return { loads: [], medianMs: Number.NaN, cards: 0, skipped: skip, problems: [] };
  if (!existsSync(join(REPO_ROOT, 'apps/buyer/dist/index.html')))
    return {
      loads: [],
      medianMs: Number.NaN,
      cards: 0,
      skipped: 'apps/buyer/dist is not built',
      problems: [],
    };
  const problems: string[] = [];
  let server: RunningServer | undefined;
  let browser: PhoneBrowser | undefined;
  const stopAll = async () => {
    await browser?.close();
    await server?.stop();
  };
  const unregister = onInterrupt(stopAll);
  try {
    server = await startServer({ timeoutMs: 180_000 });
    browser = await openPhoneBrowser();
    const { page } = browser;
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    // A first visit, every time: the app's service worker (installed after the first load) answers nothing here.
    await cdp.send('Network.setBypassServiceWorker', { bypass: true });
    const times: number[] = [];
    let cards = 0;
    // One load at full speed first, so the server has read what it serves; then the emulated phone, cold each time.
    await page.goto(`${server.baseUrl}/buyer/`);
    await cdp.send('Network.emulateNetworkConditions', PHONE_NETWORK);
    for (let i = 0; i < loads; i++) {
      await page.goto('about:blank');
      await page.goto(`${server.baseUrl}/buyer/`, { waitUntil: 'commit' });
      const shown = await within(page.evaluate(UNTIL_IN_SEASON_CARD), 60_000, 'in-season card');
      times.push(Number(shown));
      cards = await page.locator('.ns-cards li').count();
    }
    if (cards === 0) problems.push('buyer page: no listing card shown');
    return { loads: times, medianMs: median(times), cards, problems };
  } catch (error) {
    problems.push(`buyer page: ${(error as Error).message.split('\n')[0]}`);
    return { loads: [], medianMs: Number.NaN, cards: 0, problems };
  } finally {
    await stopAll();
    unregister();
  }
}
