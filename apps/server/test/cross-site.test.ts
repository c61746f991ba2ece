/**
 * Cross-site requests: every mutation of the API (listed from the router), sent the way a page on another site
 * could send it with the victim's cookie — a form post (multipart, urlencoded, text/plain), or JSON from a foreign
 * `Origin` or marked `Sec-Fetch-Site: cross-site` — is refused (415 or 403, with a readable bilingual body) and
 * changes nothing in the database (a dump before and after). The very same call from the app's own origin, as JSON,
 * succeeds, so the refusal is about how it was sent. The photo upload keeps multipart but checks the origin too.
 */
import { readdirSync } from 'node:fs';
import { DIALECTS } from '@nongsan/db/testing';
import { describe, expect, it } from 'vitest';
import {
  buildWorld,
  MUTATIONS,
  PUBLIC_MUTATIONS,
  personFor,
  procedurePaths,
  type World,
} from './api-world.ts';
import { type Person, useTestServer } from './harness.ts';

interface ErrorAnswer {
  readonly error?: {
    readonly data?: { readonly code?: string; readonly text?: { readonly vi: string; readonly en: string } };
  };
}

const FOREIGN = 'https://thanh-long-gia-re.example';

/** The ways another site's page can send a request, and what the server must answer. */
function crossSiteSends(input: unknown): { what: string; init: RequestInit; status: 403 | 415 }[] {
  const json = JSON.stringify(input);
  const form = new FormData();
  form.append('input', json);
  return [
    { what: 'a multipart form post', init: { body: form }, status: 415 },
    {
      what: 'an urlencoded form post',
      init: { body: new URLSearchParams({ input: json }), headers: { origin: FOREIGN } },
      status: 403,
    },
    {
      what: 'a text/plain post',
      init: { body: json, headers: { 'content-type': 'text/plain' } },
      status: 415,
    },
    {
      what: 'JSON from a foreign Origin',
      init: { body: json, headers: { 'content-type': 'application/json', origin: FOREIGN } },
      status: 403,
    },
    {
      what: 'JSON marked Sec-Fetch-Site: cross-site',
      init: { body: json, headers: { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' } },
      status: 403,
    },
  ];
}

for (const dialect of DIALECTS) {
  describe(`cross-site requests (${dialect})`, () => {
    const server = useTestServer(dialect);
    let world: World | undefined;
    const theWorld = async () => {
      world ??= await buildWorld(server.current);
      return world;
    };

    /** Someone allowed to call `path`, and a valid input for it. */
    async function callerOf(w: World, path: string): Promise<{ person: Person; input: unknown }> {
      const publicInput = PUBLIC_MUTATIONS[path];
      if (publicInput) return { person: await server.current.registerBuyer(), input: await publicInput(w) };
      const row = MUTATIONS[path];
      const caller = row?.allowed[0];
      if (!row || !caller) throw new Error(`${path} has no row in test/api-world.ts`);
      return { person: personFor(w, caller), input: await row.prepare(w) };
    }

    for (const path of procedurePaths('mutation')) {
      it(`${path}: refused when sent cross-site or not as JSON, changing nothing; accepted from the app`, async () => {
        const w = await theWorld();
        const { person, input } = await callerOf(w, path);
        for (const { what, init, status } of crossSiteSends(input)) {
          const before = await server.current.dbDump();
          const response = await person.fetch(`/trpc/${path}`, { method: 'POST', ...init });
          const body = (await response.json()) as ErrorAnswer;
          expect(response.status, `${path} as ${what}`).toBe(status);
          expect(body.error?.data?.code, `${path} as ${what}`).toBe(
            status === 403 ? 'FORBIDDEN' : 'UNSUPPORTED_MEDIA_TYPE',
          );
          expect(body.error?.data?.text?.vi, `${path} as ${what}`).toMatch(/\p{L}/u);
          expect(await server.current.dbDump(), `${path} as ${what} changed nothing`).toEqual(before);
        }
        const fromTheApp = await person.fetch(`/trpc/${path}`, {
          method: 'POST',
          body: JSON.stringify(input),
          headers: {
            'content-type': 'application/json',
            origin: server.current.url,
            'sec-fetch-site': 'same-origin',
          },
        });
        expect(fromTheApp.status, `${path} from the app: ${await fromTheApp.clone().text()}`).toBe(200);
      }, 60_000);
    }

    it('POST /photos: a multipart upload from the app is stored, one from another site is refused and stores nothing', async () => {
      const w = await theWorld();
      const upload = (headers: Record<string, string>) => {
        const form = new FormData();
        form.append('file', new Blob([ONE_PIXEL_PNG], { type: 'image/png' }), 'thanh-long.png');
        return w.owner.fetch('/photos', { method: 'POST', body: form, headers });
      };
      const foreign: Record<string, string>[] = [
        { origin: FOREIGN },
        { 'sec-fetch-site': 'cross-site' },
        { origin: 'null' },
      ];
      for (const headers of foreign) {
        const before = readdirSync(server.current.photosDir).sort();
        const response = await upload(headers);
        expect(response.status, JSON.stringify(headers)).toBe(403);
        expect(((await response.json()) as ErrorAnswer).error?.data?.text?.vi).toMatch(/\p{L}/u);
        expect(readdirSync(server.current.photosDir).sort()).toEqual(before);
      }
      const own = await upload({ origin: server.current.url, 'sec-fetch-site': 'same-origin' });
      expect(own.status).toBe(201);
    });
  });
}

/** A 1×1 PNG. */
const ONE_PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
