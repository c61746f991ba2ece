/**
 * Screenshots of a run's report.html at a phone's width (360 px) and a desk's (1280 px), full page, with Debian's
 * Chromium through playwright-core; also checks that the page does not scroll sideways at 360 px.
 *
 *   node docs/screenshots.mjs <report.html> <name>     → docs/<name>-360.png, docs/<name>-1280.png
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const [report, name] = process.argv.slice(2);
if (!report || !name) throw new Error('usage: node docs/screenshots.mjs <report.html> <name>');
const here = dirname(fileURLToPath(import.meta.url));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium' });
try {
  for (const width of [360, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 800 }, deviceScaleFactor: 1 });
    await page.goto(`file://${resolve(report)}`);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    if (scrollWidth > width)
      throw new Error(`${name} at ${width} px scrolls sideways: ${scrollWidth} px wide`);
    await page.screenshot({ path: join(here, `${name}-${width}.png`), fullPage: true });
    console.log(`${name}-${width}.png: ${scrollWidth} px wide, no sideways scroll`);
    await page.close();
  }
} finally {
  await browser.close();
}
