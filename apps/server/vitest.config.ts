import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // The server's tests run against the sources of @nongsan/api, @nongsan/api-client and @nongsan/live, so a
    // change there is tested without building it first.
    alias: {
      '@nongsan/api': fileURLToPath(new URL('../../packages/api/src/index.ts', import.meta.url)),
      '@nongsan/api-client': fileURLToPath(
        new URL('../../packages/api-client/src/index.ts', import.meta.url),
      ),
      '@nongsan/live': fileURLToPath(new URL('../../packages/live/src/live-market.ts', import.meta.url)),
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Many tests sign people up, and every password goes through a real KDF (scrypt): on a loaded two-core CI
    // machine a test that makes eight logins can take longer than vitest's default 5 s without anything being wrong.
    testTimeout: 30_000,
  },
});
