import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'e2e/**/*.test.ts'],
    // Each browser test file starts its own server and Chromium: one at a time on a two-core machine.
    fileParallelism: false,
    // The browser tests start a server and Chromium: seconds, not milliseconds.
    testTimeout: 60_000,
    hookTimeout: 90_000,
    // A page waits on the real server (scrypt, SQLite) on a shared two-core machine: poll for what a person would
    // see for up to 15 s rather than Vitest's 1 s default, which fails whenever CI is busy.
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
