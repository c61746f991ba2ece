/**
 * The rate limit answers a real HTTP 429 with `Retry-After`, per client address (from `X-Forwarded-For` only behind
 * `TRUST_PROXY`). Not a database case: the count is kept in memory, so one dialect is enough.
 */
import { describe, expect, it } from 'vitest';
import { useTestServer } from '../../test/harness.ts';
import { DEFAULT_RATE_LIMIT_PER_MINUTE, loadConfig } from '../config.ts';

interface ErrorAnswer {
  readonly error: { readonly data: { readonly code: string; readonly text: { vi: string; en: string } } };
}

describe('the rate limit, at its default of 1,200 a minute', () => {
  const server = useTestServer('sqlite', { rateLimitPerMinute: DEFAULT_RATE_LIMIT_PER_MINUTE });

  it('answers the 1,201st GET /healthz in a minute from one address with 429 and Retry-After', async () => {
    const { app } = server.current;
    for (let i = 0; i < 1200; i++) {
      expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    }
    const refused = await app.inject({ method: 'GET', url: '/healthz' });
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    const body = refused.json<ErrorAnswer>();
    expect(body.error.data.code).toBe('TOO_MANY_REQUESTS');
    expect(body.error.data.text.vi).toMatch(/thử lại sau \d+ giây/);
    // Another address is not held back.
    const other = await app.inject({ method: 'GET', url: '/healthz', remoteAddress: '10.0.0.2' });
    expect(other.statusCode).toBe(200);
  });
});

describe('the rate limit set by RATE_LIMIT_PER_MINUTE', () => {
  const limit = loadConfig({ RATE_LIMIT_PER_MINUTE: '5', SESSION_SECRET: 'x'.repeat(32) }).rateLimitPerMinute;
  const server = useTestServer('sqlite', { rateLimitPerMinute: limit });
  const behindProxy = useTestServer('sqlite', { rateLimitPerMinute: limit, trustProxy: true });

  it('refuses a tRPC call over the limit with 429 too, not a 200 carrying the error', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      statuses.push((await fetch(`${server.current.url}/trpc/catalog.products`)).status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  });

  it('ignores X-Forwarded-For unless TRUST_PROXY is on, and then counts per forwarded address', async () => {
    const get = (url: string, from: string) =>
      fetch(`${url}/healthz`, { headers: { 'x-forwarded-for': from } }).then((r) => r.status);
    // Not behind a proxy: a client cannot get new allowances by writing the header itself.
    const direct: number[] = [];
    for (let i = 0; i < 6; i++) direct.push(await get(server.current.url, `203.0.113.${i}`));
    expect(direct.at(-1)).toBe(429);
    // Behind the proxy: each forwarded address has its own count.
    const proxied: number[] = [];
    for (let i = 0; i < 6; i++) proxied.push(await get(behindProxy.current.url, '203.0.113.7'));
    expect(proxied).toEqual([200, 200, 200, 200, 200, 429]);
    expect(await get(behindProxy.current.url, '203.0.113.8')).toBe(200);
  });
});
