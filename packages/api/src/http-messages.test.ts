import { isErrorCode, messages } from '@nongsan/domain';
import { describe, expect, it } from 'vitest';
import { formatAnswer, HTTP_MESSAGES } from './http-messages.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the HTTP side's messages", () => {
  it('are none of the domain codes, and the domain has none of theirs', () => {
    for (const code of Object.keys(HTTP_MESSAGES)) expect(isErrorCode(code), code).toBe(false);
    expect(Object.keys(messages).filter((code) => /^(http|server)\./.test(code))).toEqual([]);
  });

  it('name the same values in Vietnamese and English', () => {
    for (const [code, message] of Object.entries(HTTP_MESSAGES))
      expect(placeholders(message.en), code).toEqual(placeholders(message.vi));
  });

  it('are filled like the domain messages, and domain codes still read from the domain', () => {
    expect(formatAnswer('http.too_many_requests', { seconds: 1200 }, 'vi')).toBe(
      'Bạn thao tác quá nhanh. Vui lòng thử lại sau 1.200 giây.',
    );
    expect(formatAnswer('http.too_many_requests', { seconds: 1200 }, 'en')).toBe(
      'Too many requests. Please try again in 1,200 seconds.',
    );
    expect(formatAnswer('auth.unauthenticated', {}, 'en')).toBe('Please sign in to continue.');
  });
});
