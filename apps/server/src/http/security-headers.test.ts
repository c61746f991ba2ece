/**
 * Security headers on every answer (the API, the health check, photos, the apps' pages): a Content-Security-Policy
 * that allows only this server's own scripts and styles and no framing, `nosniff`, no framing for older browsers.
 * Not a database case: one dialect. That both apps run under the policy is shown by their browser tests, which load
 * them from this server; here, that their pages carry nothing the policy would block.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useTestServer } from '../../test/harness.ts';

const APPS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

describe('security headers', () => {
  const server = useTestServer('sqlite');

  it('sends the CSP, nosniff and no-framing headers on the API, the health check and a missing photo', async () => {
    for (const path of ['/healthz', '/trpc/catalog.products', '/photos/ph_01ABCDEFGHJKMNPQRSTVWXYZ01.jpg']) {
      const response = await fetch(`${server.current.url}${path}`);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("default-src 'self'");
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("object-src 'none'");
      expect(csp, path).not.toContain('unsafe-inline');
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
    }
  });

  it("keeps the apps' pages free of inline scripts and style attributes, which the CSP would block", () => {
    for (const app of ['seller', 'buyer']) {
      const html = readFileSync(join(APPS_DIR, app, 'index.html'), 'utf8');
      expect(html, app).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
      expect(html, app).not.toMatch(/<style[\s>]/);
      expect(html, app).not.toMatch(/\sstyle=/);
      expect(html, app).not.toMatch(/\son[a-z]+=/);
    }
  });
});
