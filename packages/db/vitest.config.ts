import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Each PostgreSQL test creates and migrates databases of its own: seconds on a busy two-core machine, not a hang.
  test: { include: ['src/**/*.test.ts', 'test/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 30_000 },
});
