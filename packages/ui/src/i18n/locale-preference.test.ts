import { describe, expect, it } from 'vitest';
import { LOCALE_STORAGE_KEY, type LocaleStorage, readLocale, rememberLocale } from './locale-preference.ts';

function memoryStorage(
  initial: Record<string, string> = {},
): LocaleStorage & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (key) => data[key] ?? null,
    setItem: (key, value) => {
      data[key] = value;
    },
  };
}

const refusing: LocaleStorage = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
};

describe('the remembered language', () => {
  it('is Vietnamese on a first visit', () => {
    expect(readLocale(memoryStorage())).toBe('vi');
    expect(readLocale(undefined)).toBe('vi');
  });

  it('is English after the switch, on the next visit too', () => {
    const storage = memoryStorage();
    rememberLocale(storage, 'en');
    expect(readLocale(storage)).toBe('en');
    expect(storage.data[LOCALE_STORAGE_KEY]).toBe('en');
  });

  it('falls back to Vietnamese when the stored value is not a language we speak', () => {
    expect(readLocale(memoryStorage({ [LOCALE_STORAGE_KEY]: 'fr' }))).toBe('vi');
  });

  it('survives a browser that refuses storage (private mode)', () => {
    expect(readLocale(refusing)).toBe('vi');
    expect(() => rememberLocale(refusing, 'en')).not.toThrow();
  });
});
