/**
 * Requests too large to take: a 1 MB query string, too many procedures in one batch path, headers over the limit, a
 * body or batch over the body limit. Each gets its status (414, 431, 413) and the bilingual body the apps read, over
 * a raw HTTP connection, instead of a reset connection; nothing changes. Not a database case: one dialect.
 */
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { useTestServer } from '../../test/harness.ts';

interface Answer {
  readonly status: number;
  readonly body: { error?: { data?: { httpStatus?: number; text?: { vi: string; en: string } } } };
}

describe('requests too large to take', () => {
  const server = useTestServer('sqlite');

  /** One request on its own connection, written as a client would, read to the end. */
  function send(
    method: string,
    path: string,
    options: { body?: Buffer; headers?: Record<string, string> } = {},
  ) {
    const url = new URL(server.current.url);
    return new Promise<Answer>((resolve, reject) => {
      const req = request(
        { host: url.hostname, port: url.port, method, path, headers: options.headers, agent: false },
        (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => {
            text += chunk;
          });
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) }));
          response.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(options.body);
    });
  }

  function expectReadable(answer: Answer, status: number) {
    expect(answer.status).toBe(status);
    expect(answer.body.error?.data?.httpStatus).toBe(status);
    expect(answer.body.error?.data?.text?.vi).toMatch(/quá (dài|lớn)/);
    expect(answer.body.error?.data?.text?.en).toMatch(/too (long|large)/);
  }

  const json = { 'content-type': 'application/json' };

  it('answers a GET with a 1 MB query string 414, in words', async () => {
    const input = encodeURIComponent(JSON.stringify({ query: 'thanh long '.repeat(100_000) }));
    expectReadable(await send('GET', `/trpc/listings.search?input=${input}`), 414);
    expectReadable(await send('GET', `/healthz?q=${'a'.repeat(1_000_000)}`), 414);
  });

  it('answers a batch naming too many procedures in its path 414', async () => {
    const path = Array.from({ length: 500 }, () => 'catalog.products').join(',');
    expectReadable(await send('GET', `/trpc/${path}?batch=1`), 414);
  });

  it('answers headers over the limit (a 40 kB cookie) 431', async () => {
    expectReadable(await send('GET', '/healthz', { headers: { cookie: `a=${'b'.repeat(40_000)}` } }), 431);
  });

  it('answers a body or a batch over the body limit 413, and changes nothing', async () => {
    const buyer = await server.current.registerBuyer();
    const before = await server.current.dbDump();
    const note = 'x'.repeat(2_000_000);
    const headers = { ...json, cookie: buyer.cookies.header() };
    expectReadable(
      await send('POST', '/trpc/orders.place', { body: Buffer.from(JSON.stringify({ note })), headers }),
      413,
    );
    const batch = JSON.stringify({ 0: { note }, 1: { note } });
    expectReadable(
      await send('POST', '/trpc/orders.place,orders.place?batch=1', { body: Buffer.from(batch), headers }),
      413,
    );
    expectReadable(
      await send('POST', '/trpc/orders.place', { body: Buffer.alloc(20_000_000, 32), headers }),
      413,
    );
    expect(await server.current.dbDump()).toEqual(before);
  });
});
