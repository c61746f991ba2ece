import { uiStrings } from '@nongsan/ui';
import { describe, expect, it } from 'vitest';
import { appWords } from './words.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe("the app's own words", () => {
  it('has Vietnamese and English for every key, with the same placeholders in both', () => {
    for (const [key, message] of Object.entries(appWords)) {
      expect(message.vi.trim(), key).not.toBe('');
      expect(message.en.trim(), key).not.toBe('');
      expect(placeholders(message.vi), key).toEqual(placeholders(message.en));
    }
  });

  it('names no key the shared words already have, so no text is silently replaced', () => {
    expect(Object.keys(appWords).filter((key) => key in uiStrings)).toEqual([]);
  });
});
