import { DIALECTS } from '@nongsan/db/testing';
import { describe, expect, it } from 'vitest';
import { useTestServer } from '../test/harness.ts';

for (const dialect of DIALECTS) {
  describe(`the HTTP host (${dialect})`, () => {
    const server = useTestServer(dialect);

    it('answers /healthz after asking the database', async () => {
      const response = await fetch(`${server.current.url}/healthz`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ ok: true, db: dialect });
    });

    it('answers an unknown procedure with NOT_FOUND and a readable text, not a 500', async () => {
      const response = await fetch(`${server.current.url}/trpc/nothing.here`);
      expect(response.status).toBe(404);
      const body = (await response.json()) as { error: { data: { code: string; text: { vi: string } } } };
      expect(body.error.data.code).toBe('NOT_FOUND');
      expect(body.error.data.text.vi).toMatch(/Không tìm thấy/);
    });

    it('lists the villages and the catalog without signing in', async () => {
      const visitor = server.current.person();
      const villages = await visitor.client.places.villages.query();
      expect(villages.map((v) => v.name)).toContain('Rạ Lá');
      const seasons = await visitor.client.catalog.seasons.query();
      expect(seasons.today).toBe('2025-06-15');
      const dragonFruit = seasons.products.find((p) => p.productId === 'dragon-fruit');
      expect(dragonFruit?.phase).toBe('in-season');
    });

    it('sends its answers compressed to a phone that accepts it, and they read the same', async () => {
      const url = `${server.current.url}/trpc/catalog.seasons`;
      const plain = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
      const compressed = await fetch(url, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
      expect(plain.headers.get('content-encoding')).toBeNull();
      expect(compressed.headers.get('content-encoding')).toMatch(/^(br|gzip)$/);
      expect(await compressed.json()).toEqual(await plain.json());
    });
  });
}
