import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Where `pnpm dev` sends API calls: the server of `pnpm start` unless told otherwise. */
const apiServer = process.env.NONGSAN_API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  // The server serves this app at /seller/ (apps/server/src/app.ts).
  base: '/seller/',
  plugins: [react()],
  build: {
    target: 'es2022',
    // Read by scripts/check-bundle-size.mjs to know which files the first screen loads.
    manifest: true,
  },
  server: {
    port: 5173,
    // The browser's Host is kept (no changeOrigin): the server refuses a change whose Origin is not its Host.
    proxy: { '/trpc': { target: apiServer }, '/photos': { target: apiServer } },
  },
});
