import { defineConfig } from 'vitest/config';

// The property tests (fast-check, 100+ random runs) take about a second alone and several on a shared, loaded
// machine: the timeout is a guard against a hang, not a speed check.
export default defineConfig({
  test: { include: ['src/**/*.test.ts', 'test/**/*.test.ts'], testTimeout: 30_000 },
});
