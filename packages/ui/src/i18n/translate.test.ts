import { describe, expect, it } from 'vitest';
import { translate } from './translate.ts';
import { type UiStringKey, uiStrings } from './ui-strings.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the interface dictionary', () => {
  it('has Vietnamese and English for every key, with the same placeholders in both', () => {
    for (const [key, message] of Object.entries(uiStrings)) {
      expect(message.vi.trim(), key).not.toBe('');
      expect(message.en.trim(), key).not.toBe('');
      expect(placeholders(message.vi), key).toEqual(placeholders(message.en));
    }
  });

  it('fills placeholders, grouping numbers the way each language does', () => {
    expect(translate('listing.results', { count: 1250 }, 'vi')).toBe('1.250 sản phẩm');
    expect(translate('listing.results', { count: 1250 }, 'en')).toBe('1,250 listings');
    expect(translate('signIn.welcome', { name: 'Nông Đức Toàn' })).toBe('Xin chào, Nông Đức Toàn');
  });

  it('speaks Vietnamese unless asked otherwise', () => {
    const key: UiStringKey = 'signIn.submit';
    expect(translate(key)).toBe(uiStrings[key].vi);
  });

  it('leaves a placeholder with no value visible instead of dropping it', () => {
    expect(translate('signIn.welcome', {}, 'en')).toBe('Hello, {name}');
  });
});
