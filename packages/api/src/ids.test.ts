import { describe, expect, it } from 'vitest';
import { newId } from './ids.ts';

describe('newId', () => {
  it('makes unique ids that sort in the order they were made, even within one millisecond', () => {
    const ids = Array.from({ length: 5000 }, () => newId('ord'));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    expect(ids[0]).toMatch(/^ord_[0-9A-HJKMNP-TV-Z]{26}$/);
  });
});
