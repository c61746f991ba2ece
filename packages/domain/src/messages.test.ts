import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatMessage, formatProblem, isErrorCode, LOCALES, messages } from './messages.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the message dictionary', () => {
  const entries = Object.entries(messages);

  it('gives every code a Vietnamese and an English text with the same placeholders', () => {
    expect(entries.length).toBeGreaterThan(20);
    for (const [code, message] of entries) {
      for (const locale of LOCALES) expect(message[locale].trim(), `${code} ${locale}`).not.toBe('');
      expect(placeholders(message.vi), code).toEqual(placeholders(message.en));
      expect(message.vi, code).not.toBe(message.en);
    }
  });

  it('names codes area.reason in snake case', () => {
    for (const code of Object.keys(messages)) expect(code).toMatch(/^[a-z_]+\.[a-z_]+$/);
  });

  it('fills placeholders, grouping numbers the way each language does', () => {
    expect(formatMessage('money.too_large', { maximum: 10_000_000_000 }, 'vi')).toBe(
      'Số tiền quá lớn (tối đa 10.000.000.000 ₫).',
    );
    expect(formatMessage('money.too_large', { maximum: 10_000_000_000 }, 'en')).toBe(
      'Amount too large (at most 10,000,000,000 ₫).',
    );
    expect(formatProblem({ code: 'phone.unknown_prefix', params: { prefix: '020' } }, 'en')).toBe(
      '020 is not a Vietnamese mobile prefix. Please check the phone number.',
    );
    expect(formatMessage('validation.too_small', {}, 'vi')).toContain('{minimum}');
    expect(formatMessage('validation.required')).toBe('Vui lòng nhập thông tin này.');
  });

  it('writes a unit in the reader’s words: pieces are “cái” in Vietnamese and “pcs” in English', () => {
    const params = { title: 'Bánh chưng đen', available: 2, unit: 'piece' };
    expect(formatMessage('order.not_enough_stock', params, 'vi')).toBe('“Bánh chưng đen” chỉ còn 2 cái.');
    expect(formatMessage('order.not_enough_stock', params, 'en')).toBe(
      'Only 2 pcs of “Bánh chưng đen” left.',
    );
    expect(formatMessage('order.not_enough_stock', { ...params, available: 2.5, unit: 'kg' }, 'vi')).toBe(
      '“Bánh chưng đen” chỉ còn 2,5 kg.',
    );
  });

  it('knows a code exactly when it has text', () => {
    expect(isErrorCode('phone.invalid')).toBe(true);
    expect(isErrorCode('phone.nonsense')).toBe(false);
    expect(isErrorCode('toString')).toBe(false);
  });

  it('has text for every code the domain raises through zod issue params', () => {
    // DomainError and problem() are type-checked against the dictionary; codes written into a zod issue's params
    // by hand are plain strings, so they are checked here.
    const dir = new URL('.', import.meta.url).pathname;
    const sources = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    const raised = sources.flatMap((file) =>
      [...readFileSync(join(dir, file), 'utf8').matchAll(/params: \{ code: '([a-z_]+\.[a-z_]+)'/g)].map(
        (m) => m[1],
      ),
    );
    expect(raised.length).toBeGreaterThan(0);
    for (const code of raised) expect(isErrorCode(code ?? ''), code).toBe(true);
  });
});
