import { defineConfig } from 'vitest/config';

// Only the pure pieces (statistics, the table) are tested here; `pnpm bench` itself is not part of `pnpm test`.
export default defineConfig({
  test: { include: ['src/**/*.test.ts'] },
});
