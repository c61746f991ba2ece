/// <reference lib="dom" />
/**
 * The browser tests' scan for words a person should never read: internal codes (`order.hand_over`,
 * `cash_on_delivery`, `dragon-fruit`, `BAD_REQUEST`), the domain's English enum values shown raw (`placed`, `paused`),
 * and raw schema or runtime messages (`Expected number`, `(cần number)`, `undefined`, `[object Object]`). It reads what
 * the page shows: the visible text and the names a screen reader speaks (aria-label, title, placeholder, alt).
 */
import {
  ACTOR_KINDS,
  AdoptionStageSchema,
  E_WALLET_PROVIDERS,
  ListingStatusActionSchema,
  ListingStatusSchema,
  OrderStatusSchema,
  PaymentMethodSchema,
  PaymentStatusSchema,
  PRODUCT_IDS,
  ShopStatusSchema,
} from '@nongsan/domain';
import type { Page } from 'playwright-core';

/** The domain's enum values: shown as they are, they are English or code, never Vietnamese. */
export const INTERNAL_WORDS: readonly string[] = [
  ...new Set<string>([
    ...OrderStatusSchema.options,
    ...ListingStatusSchema.options,
    ...ListingStatusActionSchema.options,
    ...PaymentMethodSchema.options,
    ...PaymentStatusSchema.options,
    ...AdoptionStageSchema.options,
    ...ShopStatusSchema.options,
    ...PRODUCT_IDS,
    ...E_WALLET_PROVIDERS,
    ...ACTOR_KINDS,
    'piece',
  ]),
];

const literally = (word: string) => word.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

/** Shapes of code and of raw messages, whatever their words. */
const PATTERNS: readonly { readonly what: string; readonly pattern: RegExp }[] = [
  { what: 'a dotted code', pattern: /(?<![\w./@-])[a-z][a-zA-Z]*(?:\.[a-z][a-zA-Z_]*)+(?![\w/@-])/g },
  { what: 'a snake_case code', pattern: /(?<![\w-])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\w-])/g },
  { what: 'a camelCase name', pattern: /(?<![\w-])[a-z]+[A-Z][a-zA-Z]*(?![\w-])/g },
  { what: 'an upper-case error code', pattern: /(?<![\w-])[A-Z]{2,}(?:_[A-Z]+)+(?![\w-])/g },
  {
    what: 'a raw schema or runtime message',
    pattern:
      /\b(?:undefined|null|NaN|number|string|boolean|object|array|Invalid input|Expected|Required|Too (?:small|big)|TRPCClientError|Error:)\b|\[object Object\]/g,
  },
];

const WORDS = new RegExp(`(?<![\\w-])(?:${INTERNAL_WORDS.map(literally).join('|')})(?![\\w-])`, 'g');

/** Addresses and e-mail addresses are not codes: taken out before the scan. */
const NOT_CODE = /\bhttps?:\/\/\S+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/** What in `text` a person should not read, each as `what: "found"` (empty when nothing). Pure, for its own test. */
export function findInternalCodes(text: string): string[] {
  const cleaned = text.replace(NOT_CODE, ' ');
  const found: string[] = [];
  for (const match of cleaned.matchAll(WORDS)) found.push(`an internal word: "${match[0]}"`);
  for (const { what, pattern } of PATTERNS) {
    for (const match of cleaned.matchAll(pattern)) found.push(`${what}: "${match[0]}"`);
  }
  return [...new Set(found)];
}

/**
 * The text a person reads or hears on the page now (visible text plus the accessible names of elements), or null
 * when the page is not in Vietnamese (the scan is for the Vietnamese UI; English words are right in English).
 */
export async function visibleText(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    if (document.documentElement.lang !== 'vi') return null;
    const spoken = [...document.querySelectorAll('[aria-label], [title], [placeholder], img[alt]')].map(
      (el) =>
        ['aria-label', 'title', 'placeholder', 'alt'].map((name) => el.getAttribute(name) ?? '').join('\n'),
    );
    // biome-ignore lint/performance/useDomNodeTextContent: what is rendered, not hidden templates or <script>
    return [document.title, document.body.innerText, ...spoken].join('\n');
  });
}

/** Fails, naming each find and the page, when the page shows anything `findInternalCodes` finds. */
export async function expectNoInternalCodes(page: Page): Promise<void> {
  const text = await visibleText(page);
  const found = text === null ? [] : findInternalCodes(text);
  if (found.length > 0) {
    throw new Error(`${page.url()} shows what a person should not read:\n  ${found.join('\n  ')}`);
  }
}

/**
 * Scans every page a test visits: each time the main frame navigates (a load or the app's own history change),
 * once the page has settled, and whenever `check()` is called. What it finds collects in `findings` (page: find);
 * a test ends with `expect(scan.findings).toEqual([])`.
 */
export function scanEveryPage(page: Page): { check(): Promise<void>; readonly findings: readonly string[] } {
  const findings: string[] = [];
  const check = async () => {
    const text = await visibleText(page).catch(() => null);
    if (text === null) return;
    for (const item of findInternalCodes(text)) {
      const entry = `${new URL(page.url()).pathname}: ${item}`;
      if (!findings.includes(entry)) findings.push(entry);
    }
  };
  page.on('framenavigated', (frame) => {
    if (frame !== page.mainFrame()) return;
    void page
      .waitForLoadState('networkidle')
      .then(check)
      .catch(() => undefined);
  });
  return { check, findings };
}
