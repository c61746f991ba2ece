import react from '@vitejs/plugin-react';
import { defineConfig, type HtmlTagDescriptor, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/** Where `pnpm dev` sends API calls: the server of `pnpm start` unless told otherwise. */
const apiServer = process.env.NONGSAN_API_URL ?? 'http://127.0.0.1:3000';

/**
 * The entry module is tiny (it starts the home page's search, then imports the app: src/main.tsx). So that the app
 * does not wait for the entry to arrive and run before it is even requested, index.html preloads the chunks the
 * entry imports dynamically at once, with everything they import statically. scripts/check-bundle-size.mjs counts
 * what index.html links, so they stay in the first screen's budget.
 */
function preloadEntryImports(): Plugin {
  let base = '/';
  return {
    name: 'nongsan:preload-entry-imports',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk }) {
        if (!bundle || !chunk) return [];
        const files = new Set<string>();
        const visit = (fileName: string) => {
          const imported = bundle[fileName];
          if (files.has(fileName) || imported?.type !== 'chunk') return;
          files.add(fileName);
          for (const next of imported.imports) visit(next);
        };
        for (const fileName of chunk.dynamicImports) visit(fileName);
        for (const fileName of chunk.imports) files.delete(fileName);
        return [...files].map(
          (fileName): HtmlTagDescriptor => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${fileName}` },
            injectTo: 'head',
          }),
        );
      },
    },
  };
}

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
    id: '/buyer/',
    name: 'Nông sản Bắc Sơn',
    short_name: 'Nông sản',
    description: 'Nông sản đang vào mùa của xã Bắc Sơn, Lạng Sơn, đặt hàng giao tận nơi.',
    lang: 'vi',
    start_url: '/buyer/',
    scope: '/buyer/',
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
  // The server serves this app at /buyer/ (apps/server/src/app.ts).
  base: '/buyer/',
  plugins: [react(), preloadEntryImports(), pwa],
  build: {
    target: 'es2022',
    // Read by scripts/check-bundle-size.mjs to know which files the first screen loads.
    manifest: true,
  },
  server: {
    port: 5174,
    // The browser's Host is kept (no changeOrigin): the server refuses a change whose Origin is not its Host.
    proxy: { '/trpc': { target: apiServer }, '/photos': { target: apiServer } },
  },
});
