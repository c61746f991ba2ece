import '@nongsan/ui/styles.css';
import './buyer.css';
import { registerAppWorker } from '@nongsan/ui';
import { startFirstSearch } from './first-search.ts';

// A tiny entry: the home page's listings are requested before React and the app (preloaded by index.html, see
// vite.config.ts) have arrived, then the app starts and takes that answer as its first fetch.
const base = import.meta.env.BASE_URL.replace(/\/$/, '');
const firstSearch = startFirstSearch(base);
const { boot } = await import('./boot.tsx');
boot(base, firstSearch);
// The service worker (offline use, install) only once the first listings are in.
registerAppWorker({ base, enabled: import.meta.env.PROD, after: firstSearch?.answer });
