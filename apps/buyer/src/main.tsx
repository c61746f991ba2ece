import '@nongsan/ui/styles.css';
import './buyer.css';
import type { AppRouter } from '@nongsan/server';
import { createApiClient, createQueryClient, LocaleProvider } from '@nongsan/ui';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Router } from 'wouter';
import { App } from './app.tsx';
import { TRPCProvider } from './trpc.ts';

const queryClient = createQueryClient();
const apiClient = createApiClient<AppRouter>();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <LocaleProvider>
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
