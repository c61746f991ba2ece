import { describe, expect, it } from 'vitest';
import { DomainError, parseInput } from './errors.ts';
import { ShopNameSchema } from './households.ts';
import { ListingInputSchema } from './listings.ts';
import { formatMessage } from './messages.ts';
import { PlaceOrdersInputSchema } from './order-placement.ts';
import { hasHiddenText } from './text.ts';
import { typedText } from './typed-text.ts';

/** Text that looks like something else, breaks, or shows nothing: each must be refused. */
const HIDING = {
  'a right-to-left override': 'Thanh long \u202Egnol hnaht',
  'a left-to-right embedding': '\u202AVườn nhà Thắng',
  'a pop directional formatting': 'Vườn nhà Thắng\u202C',
  'a right-to-left isolate': 'Lạc đỏ \u2067Bắc Sơn\u2069',
  'a first-strong isolate': '\u2068Bánh chưng đen',
  'a lone high surrogate': 'Thanh long \uD83C',
  'a lone low surrogate': '\uDF49 Thanh long',
  'only zero-width spaces': '\u200B\u200B\u200B',
  'only joiners and a BOM': '\u200D\u200C\uFEFF\u2060',
  'only soft hyphens and Hangul fillers': '\u00AD\u3164\u115F',
} as const;

/** Ordinary Vietnamese text, emoji sequences with joiners, a zero-width space inside words: all fine. */
const PLAIN = [
  'Thanh long ruột đỏ Long Đống',
  'Vườn nhà Thắng 🍉',
  'Nhà nông 👨‍👩‍👧 Bắc Sơn',
  'Lạc\u200Bđỏ',
  '',
];

function codeOf(parse: () => unknown): string | undefined {
  try {
    parse();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return undefined;
}

describe('hasHiddenText', () => {
  for (const [what, text] of Object.entries(HIDING)) {
    it(`finds ${what}`, () => expect(hasHiddenText(text)).toBe(true));
  }
  it('finds nothing hidden in ordinary Vietnamese, emoji sequences, a zero-width space inside words, or empty text', () => {
    for (const text of PLAIN) expect(hasHiddenText(text), JSON.stringify(text)).toBe(false);
  });
});

describe('typed text (one rule for every field a person types)', () => {
  it('refuses hidden text in a shop name, a listing title and description, and an order note, with its own code', () => {
    for (const [what, text] of Object.entries(HIDING)) {
      const listing = {
        productId: 'dragon-fruit',
        title: 'Thanh long ruột đỏ',
        unitPrice: 28_000,
        stock: 50_000,
        minOrder: 1_000,
      };
      expect(
        codeOf(() => parseInput(ShopNameSchema, text)),
        `shop name with ${what}`,
      ).toBe('text.hidden_characters');
      expect(
        codeOf(() => parseInput(ListingInputSchema, { ...listing, title: text })),
        `title with ${what}`,
      ).toMatch(/^(text\.hidden_characters|validation\.too_short)$/);
      expect(
        codeOf(() => parseInput(ListingInputSchema, { ...listing, description: text })),
        `description with ${what}`,
      ).toBe('text.hidden_characters');
      const note = PlaceOrdersInputSchema.shape.note;
      expect(
        codeOf(() => parseInput(note, text)),
        `note with ${what}`,
      ).toBe('text.hidden_characters');
    }
  });

  it('keeps its lengths and trimming', () => {
    const name = typedText({ min: 2, max: 5 });
    expect(parseInput(name, '  Lạc  ')).toBe('Lạc');
    expect(codeOf(() => parseInput(name, 'L'))).toBe('validation.too_short');
    expect(codeOf(() => parseInput(name, 'Lạc đỏ'))).toBe('validation.too_long');
    expect(parseInput(ShopNameSchema, 'Vườn nhà Thắng 🍉')).toBe('Vườn nhà Thắng 🍉');
  });

  it('says what is wrong in Vietnamese first, then English', () => {
    expect(formatMessage('text.hidden_characters', {}, 'vi')).toMatch(/ký tự ẩn/);
    expect(formatMessage('text.hidden_characters', {}, 'en')).toMatch(/hidden/);
  });
});
