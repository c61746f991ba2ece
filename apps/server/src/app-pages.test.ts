import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixedClock } from '@nongsan/api';
import { DIALECTS, useTestDatabase } from '@nongsan/db/testing';
import { describe, expect, it } from 'vitest';
import { buildApp } from './app.ts';

for (const dialect of DIALECTS) {
  describe(`the apps' pages (${dialect})`, () => {
    const database = useTestDatabase(dialect);

    it("answers any page of an app (a link opened, a reload) with the app's page, and never a buyer's waiting photo", async () => {
      const dir = mkdtempSync(join(tmpdir(), 'nongsan-app-pages-'));
      try {
        const appsDir = join(dir, 'apps');
        mkdirSync(join(appsDir, 'seller', 'dist'), { recursive: true });
        writeFileSync(
          join(appsDir, 'seller', 'dist', 'index.html'),
          '<!doctype html><title>Người bán</title>',
        );
        const photosDir = join(dir, 'photos');
        mkdirSync(join(photosDir, 'pending'), { recursive: true });
        writeFileSync(join(photosDir, 'pending', 'waiting.jpg'), 'not served');
        writeFileSync(join(photosDir, 'served.jpg'), 'served');
        const app = await buildApp({
          db: database.db,
          dialect,
          clock: fixedClock('2025-06-15T08:00:00+07:00'),
          config: {
            sessionSecret: 'test-secret-test-secret-test-secret-1234',
            photosDir,
            trustProxy: false,
            sepayApiKey: undefined,
          },
          appsDir,
        });
        try {
          for (const url of ['/seller/', '/seller/sales', '/seller/orders/abc']) {
            const page = await app.inject(url);
            expect(page.statusCode, url).toBe(200);
            expect(page.body, url).toContain('<title>Người bán</title>');
          }
          expect((await app.inject('/photos/served.jpg')).statusCode).toBe(200);
          expect((await app.inject('/photos/pending/waiting.jpg')).statusCode).toBe(404);
        } finally {
          await app.close();
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
