/// <reference lib="dom" />
/**
 * The browser tests' look at an app as an installed one: its service worker running, and what Chromium says stops it
 * from being installed (DevTools' `Page.getInstallabilityErrors`, the check behind the install prompt).
 */
import type { Page } from 'playwright-core';

/** Waits until the page's service worker is active and controls the page; returns the worker script's URL. */
export async function activeWorker(page: Page, timeout = 30_000): Promise<string> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', undefined, {
    timeout,
  });
  return page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? '');
}

/** Why Chromium would not offer to install the page's app (empty when it would). */
export async function installabilityErrors(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string; errorArguments: { name: string; value: string }[] }[];
    };
    return installabilityErrors.map(
      (error) => `${error.errorId}${error.errorArguments.map((a) => ` ${a.name}=${a.value}`).join('')}`,
    );
  } finally {
    await cdp.detach();
  }
}
