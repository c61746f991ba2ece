import '@nongsan/ui/styles.css';
import type { AppRouter } from '@nongsan/api';
import {
  createApiClient,
  createQueryClient,
  focusFirstErrorAfterSubmit,
  LocaleProvider,
  registerAppWorker,
  trackServerTime,
} from '@nongsan/ui';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Router } from 'wouter';
import { App } from './app.tsx';
import { TRPCProvider } from './trpc.ts';
import { appWords } from './words.ts';

const queryClient = createQueryClient();
const apiClient = createApiClient<AppRouter>();
// Answers carrying the server's time keep the phone's deadlines on it.
trackServerTime(queryClient);
// The service worker (offline use, install), once the page has loaded.
registerAppWorker({ base: import.meta.env.BASE_URL.replace(/\/$/, ''), enabled: import.meta.env.PROD });
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
// After a failed submit, any form's first error is scrolled to and focused.
focusFirstErrorAfterSubmit();

createRoot(root).render(
  <StrictMode>
    <LocaleProvider words={appWords}>
      <QueryClientProvider client={queryClient}>
        <TRPCProvider queryClient={queryClient} trpcClient={apiClient}>
          <Router base={import.meta.env.BASE_URL.replace(/\/$/, '')}>
            <App />
          </Router>
        </TRPCProvider>
      </QueryClientProvider>
    </LocaleProvider>
  </StrictMode>,
);
