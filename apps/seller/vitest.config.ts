import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'e2e/**/*.test.ts'],
    // The browser tests start a server and Chromium: seconds, not milliseconds.
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
