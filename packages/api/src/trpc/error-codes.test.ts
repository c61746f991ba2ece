import { messages } from '@nongsan/domain';
import { describe, expect, it } from 'vitest';
import { DOMAIN_CODE_TO_TRPC, trpcCodeFor } from './error-codes.ts';

describe('domain codes to tRPC codes', () => {
  it('maps by exact code, by *.reason and by default', () => {
    expect(trpcCodeFor('auth.too_many_attempts')).toBe('TOO_MANY_REQUESTS');
    expect(trpcCodeFor('listing.not_found')).toBe('NOT_FOUND');
    expect(trpcCodeFor('order.forbidden')).toBe('FORBIDDEN');
    expect(trpcCodeFor('order.not_enough_stock')).toBe('CONFLICT');
    expect(trpcCodeFor('validation.too_long')).toBe('BAD_REQUEST');
  });

  it('names only codes the dictionary has, or patterns that match at least one', () => {
    const codes = Object.keys(messages);
    for (const [pattern] of DOMAIN_CODE_TO_TRPC) {
      const matching = codes.filter((code) =>
        pattern.startsWith('*.') ? code.endsWith(pattern.slice(1)) : code === pattern,
      );
      expect(matching.length, pattern).toBeGreaterThan(0);
    }
  });
});
