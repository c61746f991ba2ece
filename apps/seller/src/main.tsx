import '@nongsan/ui/styles.css';
import type { AppRouter } from '@nongsan/api';
import { mountApp, registerAppWorker } from '@nongsan/ui';
import { App } from './app.tsx';
import { TRPCProvider } from './trpc.ts';
import { appWords } from './words.ts';

const base = import.meta.env.BASE_URL.replace(/\/$/, '');
mountApp<AppRouter>({ app: App, words: appWords, base, trpcProvider: TRPCProvider });
// The service worker (offline use, install), once the page has loaded.
registerAppWorker({ base, enabled: import.meta.env.PROD });
