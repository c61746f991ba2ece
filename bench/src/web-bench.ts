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

export interface InstallableResult {
  readonly app: 'seller' | 'buyer';
  /** What Chromium says stops the app from being installed (`Page.getInstallabilityErrors`): none, to pass. */
  readonly installabilityErrors: string[];
  /** The active worker's script, once it controls the page. */
  readonly worker: string;
  /** The manifest's fields an install needs, as served. */
  readonly manifest: { name: string; startUrl: string; display: string; iconSizes: string[] } | null;
  /** Reloaded without a signal, the app showed its page and said it is offline. */
  readonly opensOffline: boolean;
  readonly skipped?: string;
  readonly problems: string[];
}

/**
 * Each built app as Chromium judges it installable (the check behind its install prompt, which Lighthouse 12 no
 * longer audits: its PWA category and `installable-manifest` are gone), with its worker active and its page opening
 * offline. The built server, one Chromium at 360 px; the same checks as the apps' `installable` browser tests.
 */
export async function installable(): Promise<InstallableResult[]> {
  const apps = ['seller', 'buyer'] as const;
  const skip =
    browserSkipReason() ??
    apps
      .map((app) =>
        existsSync(join(REPO_ROOT, 'apps', app, 'dist/sw.js')) ? null : `apps/${app}/dist is not built`,
      )
      .find((reason) => reason !== null) ??
    null;
  if (skip)
    return apps.map((app) => ({
      app,
      installabilityErrors: [],
      worker: '',
      manifest: null,
      opensOffline: false,
      skipped: skip,
      problems: [],
    }));
  let server: RunningServer | undefined;
  let browser: PhoneBrowser | undefined;
  const stopAll = async () => {
    await browser?.close();
    await server?.stop();
  };
  const unregister = onInterrupt(stopAll);
  const results: InstallableResult[] = [];
  try {
    server = await startServer({ timeoutMs: 180_000 });
    for (const app of apps) {
      browser = await openPhoneBrowser();
      const problems: string[] = [];
      const { page, context } = browser;
      const base = `${server.baseUrl}/${app}/`;
      try {
        await page.goto(base);
        const worker = await harness.activeWorker(page, 60_000);
        const installabilityErrors = await harness.installabilityErrors(page);
        const manifestUrl = await page.locator('link[rel="manifest"]').getAttribute('href');
        const served = (await (await fetch(new URL(manifestUrl ?? '', base))).json()) as {
          name?: string;
          start_url?: string;
          display?: string;
          icons?: { sizes?: string }[];
        };
        const manifest = {
          name: served.name ?? '',
          startUrl: served.start_url ?? '',
          display: served.display ?? '',
          iconSizes: (served.icons ?? []).map((icon) => icon.sizes ?? ''),
        };
        // Seen once with the worker in place, then without a signal.
        await page.reload();
        await context.setOffline(true);
        let opensOffline = false;
        try {
          await page.reload();
          await page.getByText('Đang mất mạng').first().waitFor({ timeout: 30_000 });
          opensOffline = true;
        } catch {
          problems.push(`${app}: reloaded offline, the page did not say it is offline`);
        } finally {
          await context.setOffline(false);
        }
        if (installabilityErrors.length > 0)
          problems.push(`${app}: Chromium would not install it: ${installabilityErrors.join(', ')}`);
        if (worker !== `${base}sw.js`) problems.push(`${app}: the active worker is ${worker || 'none'}`);
        if (!manifest.iconSizes.includes('192x192') || !manifest.iconSizes.includes('512x512'))
          problems.push(`${app}: the manifest has no 192 px and 512 px icons`);
        results.push({ app, installabilityErrors, worker, manifest, opensOffline, problems });
      } catch (error) {
        problems.push(`${app} installable: ${(error as Error).message.split('\n')[0]}`);
        results.push({
          app,
          installabilityErrors: [],
          worker: '',
          manifest: null,
          opensOffline: false,
          problems,
        });
      } finally {
        await browser.close();
        browser = undefined;
      }
    }
    return results;
  } finally {
    await stopAll();
    unregister();
  }
}
