import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/** Where `pnpm dev` sends API calls: the server of `pnpm start` unless told otherwise. */
const apiServer = process.env.NONGSAN_API_URL ?? 'http://127.0.0.1:3000';

/**
 * Installable, and usable without a signal: the web app manifest (name, icons, colours) and the service worker
 * (src/sw.ts, built with Workbox) that precaches the app shell once the first screen is done (the app registers it
 * after load: @nongsan/ui's `registerAppWorker`) and keeps the last answers of the API.
 */
const pwa = VitePWA({
  strategies: 'injectManifest',
  srcDir: 'src',
  filename: 'sw.ts',
  injectRegister: false,
  manifest: {
    id: '/seller/',
    name: 'Nông sản Bắc Sơn · Người bán',
    short_name: 'Người bán',
    description: 'Gian hàng số của hộ: đơn hàng, hàng bán, doanh thu.',
    lang: 'vi',
    start_url: '/seller/',
    scope: '/seller/',
    display: 'standalone',
    orientation: 'portrait',
    background_color: '#ffffff',
    theme_color: '#1f6f43',
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  injectManifest: {
    globPatterns: ['**/*.{js,css,html,webmanifest}', 'icons/icon-192.png'],
    // A classic script: every browser that has service workers runs it.
    rollupFormat: 'iife',
  },
});

export default defineConfig({
  // The server serves this app at /seller/ (apps/server/src/app.ts).
  base: '/seller/',
  plugins: [react(), pwa],
  build: {
    target: 'es2022',
    // Read by scripts/check-bundle-size.mjs to know which files the first screen loads.
    manifest: true,
  },
  server: {
    port: 5173,
    // The browser's Host is kept (no changeOrigin): the server refuses a change whose Origin is not its Host.
    proxy: {
      '/trpc': { target: apiServer },
      '/photos': { target: apiServer },
      '/exports': { target: apiServer },
    },
  },
});
