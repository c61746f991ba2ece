import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from './router.ts';

/** What the apps import: the router's type and nothing that runs. */
export type { AppRouter } from './router.ts';
export type { AppErrorData, ProblemData } from './trpc/init.ts';

/** Every procedure's input, by path: `RouterInputs['orders']['place']`. */
export type RouterInputs = inferRouterInputs<AppRouter>;

/** Every procedure's output, by path: `RouterOutputs['listings']['search']`. */
export type RouterOutputs = inferRouterOutputs<AppRouter>;
