/**
 * What the apps import: the router's type and nothing that runs (`import type { AppRouter } from '@nongsan/server'`).
 */
export type { AppRouter } from './router.ts';
export type { AppErrorData, ProblemData } from './trpc/init.ts';
