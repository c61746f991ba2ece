/**
 * What an uploaded photo may carry: only pixels. A JPEG followed by an HTML page (a polyglot a browser could be
 * tricked into reading as a page) is stored and served as the JPEG alone, re-encoded; a file that only starts like a
 * JPEG is refused and nothing is stored. Not a database case: one dialect.
 */
import { readdirSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { Person } from '../../test/harness.ts';
import { useTestServer } from '../../test/harness.ts';

const PAGE = '<html><body><script>fetch("/trpc/auth.logout",{method:"POST"})</script></body></html>';

function upload(person: Person, bytes: Uint8Array, name: string, type: string) {
  const form = new FormData();
  form.append('file', new Blob([bytes], { type }), name);
  return person.fetch('/photos', { method: 'POST', body: form });
}

describe('photo uploads', () => {
  const server = useTestServer('sqlite');

  it('stores and serves a JPEG-then-HTML polyglot as pixels only, with no HTML in what is served', async () => {
    const seller = await server.current.registerHousehold();
    const jpeg = await sharp({ create: { width: 12, height: 8, channels: 3, background: '#c2185b' } })
      .jpeg()
      .toBuffer();
    const polyglot = Buffer.concat([jpeg, Buffer.from(PAGE)]);
    const response = await upload(seller, polyglot, 'thanh-long.jpg', 'image/jpeg');
    expect(response.status).toBe(201);
    const photo = (await response.json()) as { url: string; contentType: string };
    expect(photo.contentType).toBe('image/jpeg');

    const served = await fetch(`${server.current.url}${photo.url}`);
    const bytes = Buffer.from(await served.arrayBuffer());
    expect(served.headers.get('content-type')).toBe('image/jpeg');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(bytes.toString('latin1')).not.toMatch(/<html|<script|<body/i);
    expect(await sharp(bytes).metadata()).toMatchObject({ format: 'jpeg', width: 12, height: 8 });
  });

  it('refuses a file that only starts like a JPEG, storing nothing', async () => {
    const seller = await server.current.registerHousehold();
    const before = readdirSync(server.current.photosDir).sort();
    const fake = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from(PAGE)]);
    const response = await upload(seller, fake, 'thanh-long.jpg', 'image/jpeg');
    expect(response.status).toBe(415);
    expect(readdirSync(server.current.photosDir).sort()).toEqual(before);
  });
});
