import {
  DomainError,
  type ErrorPath,
  formatMessage,
  isDomainError,
  type Problem,
  problemsFromZod,
} from '@nongsan/domain';
import { initTRPC, type TRPC_ERROR_CODE_KEY, TRPCError } from '@trpc/server';
import * as z from 'zod';
import type { SessionUser, UserRole } from '../auth/session-user.ts';
import { type AnswerCode, formatAnswer } from '../http-messages.ts';
import type { Context } from './context.ts';
import { trpcCodeFor } from './error-codes.ts';

/** One problem as the apps receive it: the stable code, the field, the values, and the text in both languages. */
export interface ProblemData {
  readonly code: string;
  readonly path: ErrorPath;
  readonly params: Readonly<Record<string, string | number>>;
  readonly vi: string;
  readonly en: string;
}

/** What every error carries in `error.data`, besides tRPC's `code` and `httpStatus`. */
export interface AppErrorData {
  /** The domain code of the error (the first problem's), or null for an error the domain did not name. */
  readonly domainCode: string | null;
  /** Every problem found, each with its field path: an app shows `vi` beside the field at `path`. */
  readonly problems: readonly ProblemData[];
  /** The text to show for the error as a whole. */
  readonly text: { readonly vi: string; readonly en: string };
}

/** The message shown for a tRPC error that carries no domain code (an unknown procedure, a server failure). */
const FALLBACK_MESSAGE: Partial<Record<TRPC_ERROR_CODE_KEY, AnswerCode>> = {
  UNAUTHORIZED: 'auth.unauthenticated',
  FORBIDDEN: 'auth.forbidden',
  NOT_FOUND: 'http.not_found',
  TOO_MANY_REQUESTS: 'http.too_many_requests',
  BAD_REQUEST: 'validation.invalid',
  // The client's request could not be taken as it came (not JSON, a GET for a mutation…): not a server failure.
  PARSE_ERROR: 'http.unreadable_request',
  METHOD_NOT_SUPPORTED: 'http.unreadable_request',
  UNSUPPORTED_MEDIA_TYPE: 'http.unreadable_request',
  PAYLOAD_TOO_LARGE: 'http.body_too_large',
};

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * tRPC parses `.input(zodSchema)` without zod's `reportInput`, so a field of the wrong type would read as missing.
 * The raw input is known here: put the offending value back so the problem says which.
 */
function problemsFromZodInput(error: z.ZodError, input: unknown): Problem[] {
  const issues = error.issues.map((issue) =>
    issue.code === 'invalid_type' && issue.input === undefined
      ? { ...issue, input: valueAt(input, issue.path) }
      : issue,
  );
  return problemsFromZod(new z.ZodError(issues));
}

function problemsOf(error: TRPCError, input: unknown): Problem[] {
  const cause = error.cause;
  if (isDomainError(cause)) return [...cause.problems];
  if (cause instanceof z.ZodError) return problemsFromZodInput(cause, input);
  return [];
}

/** How much of a value a problem quotes back ("the phone number “…” is not valid"). */
const QUOTE_MAX = 60;

/** A problem's values with long strings cut short: a 1 MB string sent as a phone number is not answered with 1 MB. */
function shortParams(params: Problem['params']): Problem['params'] {
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      typeof value === 'string' && value.length > QUOTE_MAX ? `${value.slice(0, QUOTE_MAX)}…` : value,
    ]),
  );
}

function withText(problem: Problem): ProblemData {
  const params = shortParams(problem.params);
  return {
    code: problem.code,
    path: problem.path,
    params,
    vi: formatMessage(problem.code, params, 'vi'),
    en: formatMessage(problem.code, params, 'en'),
  };
}

/** Whether stack traces go to clients: only when a developer asks for it. */
const exposeStacks = process.env.NODE_ENV === 'development';

const t = initTRPC.context<Context>().create({
  isDev: exposeStacks,
  errorFormatter({ shape, error, input }) {
    const problems = problemsOf(error, input).map(withText);
    const first = problems[0];
    const fallback = FALLBACK_MESSAGE[error.code] ?? 'server.internal';
    const text = first
      ? { vi: first.vi, en: first.en }
      : { vi: formatAnswer(fallback, {}, 'vi'), en: formatAnswer(fallback, {}, 'en') };
    const data: typeof shape.data & AppErrorData = {
      ...shape.data,
      domainCode: first?.code ?? null,
      problems,
      text,
    };
    // A server failure's message may name tables or files, and zod's is its issues as JSON (the values sent back
    // included, a 1 MB string too): the client gets the text instead.
    const message =
      error.code === 'INTERNAL_SERVER_ERROR' || error.cause instanceof z.ZodError ? text.en : shape.message;
    return { ...shape, message, data };
  },
});

/** A DomainError as the TRPCError with the code the table gives (`error-codes.ts`). */
export function toTRPCError(error: DomainError): TRPCError {
  return new TRPCError({ code: trpcCodeFor(error.code), message: error.message, cause: error });
}

/**
 * The one place rule violations become HTTP answers: a DomainError thrown by a procedure (or a service below it)
 * comes out as a TRPCError with the code from the table instead of a 500.
 */
const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.code === 'INTERNAL_SERVER_ERROR' && isDomainError(result.error.cause)) {
    throw toTRPCError(result.error.cause);
  }
  return result;
});

/**
 * A change made through this process (any mutation that succeeded: a listing saved, an order placed or cancelled,
 * stock moved) empties the cached search answers, so nobody is shown a search from before their own change.
 */
const dropSearchesAfterChange = t.middleware(async ({ ctx, type, next }) => {
  const result = await next();
  if (type === 'mutation' && result.ok) ctx.searchCache.clear();
  return result;
});

export const router = t.router;
export const mergeRouters = t.mergeRouters;
export const middleware = t.middleware;
export const createCallerFactory = t.createCallerFactory;

/** Anyone, signed in or not. */
export const publicProcedure = t.procedure.use(domainErrors).use(dropSearchesAfterChange);

/** A signed-in user: `ctx.user` is narrowed to `SessionUser`. */
export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (ctx.user === null)
    throw new TRPCError({ code: 'UNAUTHORIZED', cause: new DomainError('auth.unauthenticated') });
  return next({ ctx: { ...ctx, user: ctx.user as SessionUser } });
});

/** A signed-in user with one of `roles`; anyone else gets FORBIDDEN. */
export function roleProcedure<const R extends UserRole>(...roles: R[]) {
  return authedProcedure.use(({ ctx, next }) => {
    if (!(roles as UserRole[]).includes(ctx.user.role)) {
      throw new TRPCError({
        code: 'FORBIDDEN',
        cause: new DomainError('auth.forbidden', { role: ctx.user.role }),
      });
    }
    return next({ ctx: { ...ctx, user: ctx.user as SessionUser & { role: R } } });
  });
}
