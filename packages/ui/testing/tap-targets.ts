/// <reference lib="dom" />
/**
 * The browser tests' check of tap targets: every link, button and form control a person can tap on the page as it
 * stands is at least 44 px high (WCAG 2.5.5's size, what a thumb on a cheap phone hits). A radio or checkbox counts
 * by its label, which is what a thumb taps. Returns one line per target that is too small (empty when none).
 */
import type { Page } from 'playwright-core';

export const MIN_TAP_PX = 44;

export async function smallTapTargets(page: Page, min = MIN_TAP_PX): Promise<string[]> {
  return page.evaluate((least) => {
    const found: string[] = [];
    const targets = document.querySelectorAll<HTMLElement>(
      'a[href], button, select, textarea, input:not([type="hidden"]), [role="button"]',
    );
    for (const element of targets) {
      const target =
        element instanceof HTMLInputElement && (element.type === 'radio' || element.type === 'checkbox')
          ? (element.closest('label') ?? element)
          : element;
      const box = target.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue; // not shown
      if (getComputedStyle(target).visibility === 'hidden') continue;
      if (box.height + 0.5 < least) {
        const name = (target.getAttribute('aria-label') ?? target.textContent ?? '').trim().slice(0, 40);
        found.push(`${target.tagName.toLowerCase()} "${name}" is ${Math.round(box.height)} px high`);
      }
    }
    return found;
  }, min);
}
