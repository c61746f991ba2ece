/// <reference lib="dom" />
/**
 * The browser tests' accessibility check: axe-core (node_modules/axe-core/axe.min.js) injected into the page and
 * run on the whole document, WCAG 2.1 A and AA rules plus axe's best practices. What it finds
 * is returned one line per violation (rule, impact, what it is about, the first elements), so a test reads
 * `expect(await axeViolations(page)).toEqual([])` and a failure says what to mend.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeResult {
  readonly violations: readonly {
    readonly id: string;
    readonly impact: string | null;
    readonly help: string;
    readonly nodes: readonly { readonly target: readonly unknown[]; readonly failureSummary?: string }[];
  }[];
}

/** Runs axe-core on the page as it stands; one line per violation (empty when there is none). */
export async function axeViolations(page: Page): Promise<string[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  // Evaluated through the DevTools protocol rather than `page.addScriptTag`: the apps' CSP (script-src 'self')
  // refuses an inline <script>, rightly, and the check must run against the page as served.
  if (!loaded) await page.evaluate(readFileSync(AXE_SOURCE, 'utf8'));
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<unknown> } })
      .axe;
    return axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
  });
  return (result as AxeResult).violations.map((violation) => {
    const targets = violation.nodes
      .slice(0, 3)
      .map((node) => node.target.join(' '))
      .join(', ');
    return `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help} — ${targets}`;
  });
}
