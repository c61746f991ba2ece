import type * as z from 'zod';
import type { ErrorCode } from './dictionary.ts';

/** Values a message template may interpolate: `{available}`, `{min}`, … */
export type ErrorParams = Readonly<Record<string, string | number>>;

/** Where in an input a problem lies, as zod reports it: `['lines', 0, 'quantity']`. */
export type ErrorPath = readonly (string | number)[];

/** One thing wrong, in a form every layer can carry and translate: a stable code, the field, the details. */
export interface Problem {
  readonly code: ErrorCode;
  readonly path: ErrorPath;
  readonly params: ErrorParams;
}

/**
 * The one error type of the domain. `code` is stable (clients and tests match on it); the text a person reads
 * comes from the message dictionary (`formatProblem`), never from `message`, which is English for logs.
 * A validation failure carries every problem found, each with its field path.
 */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly path: ErrorPath;
  readonly params: ErrorParams;
  readonly problems: readonly Problem[];

  constructor(
    code: ErrorCode,
    params: ErrorParams = {},
    path: ErrorPath = [],
    problems?: readonly Problem[],
  ) {
    super(`${code}${path.length > 0 ? ` at ${path.join('.')}` : ''}${describeParams(params)}`);
    this.name = 'DomainError';
    this.code = code;
    this.path = path;
    this.params = params;
    this.problems = problems ?? [{ code, path, params }];
  }

  /** A validation failure from one or more problems; its own code is the first problem's. */
  static fromProblems(problems: readonly Problem[]): DomainError {
    const [first] = problems;
    if (!first) throw new TypeError('DomainError.fromProblems needs at least one problem');
    return new DomainError(first.code, first.params, first.path, problems);
  }
}

/** Whether a value is a `DomainError` (a type guard for `catch` blocks). */
export function isDomainError(value: unknown): value is DomainError {
  return value instanceof DomainError;
}

function describeParams(params: ErrorParams): string {
  const entries = Object.entries(params);
  return entries.length === 0 ? '' : ` (${entries.map(([k, v]) => `${k}=${v}`).join(', ')})`;
}

/**
 * Attach a stable code to a zod refinement: `.refine(ok, problem('phone.invalid'))`.
 * The code travels in the issue's params and `problemsFromZod` reads it back.
 */
export function problem(
  code: ErrorCode,
  params: ErrorParams = {},
): { params: { code: ErrorCode } & ErrorParams } {
  return { params: { ...params, code } };
}

/**
 * Translate zod's issues into the domain's problems, so validation and rule errors read the same way. To tell a
 * missing field (`validation.required`) from one of the wrong type (`validation.invalid_type`), the error must come
 * from a parse with `{ reportInput: true }`; otherwise every type problem reads as a missing field.
 */
export function problemsFromZod(error: z.ZodError): Problem[] {
  return error.issues.map(problemFromIssue);
}

function problemFromIssue(issue: z.core.$ZodIssue): Problem {
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  switch (issue.code) {
    case 'custom': {
      const { code, ...params } = (issue.params ?? {}) as { code?: ErrorCode } & Record<
        string,
        string | number
      >;
      return { code: code ?? 'validation.invalid', path, params };
    }
    case 'invalid_type':
      // zod 4 keeps the offending value only when parsing with `reportInput: true` (as parseInput does); a field
      // that is absent has no value, a field of the wrong type has one.
      return issue.input === undefined
        ? { code: 'validation.required', path, params: {} }
        : { code: 'validation.invalid_type', path, params: { expected: issue.expected } };
    case 'too_small':
      return {
        code: issue.origin === 'string' ? 'validation.too_short' : 'validation.too_small',
        path,
        params: { minimum: Number(issue.minimum) },
      };
    case 'too_big':
      return {
        code: issue.origin === 'string' ? 'validation.too_long' : 'validation.too_big',
        path,
        params: { maximum: Number(issue.maximum) },
      };
    case 'invalid_value':
      return {
        code: 'validation.not_allowed',
        path,
        params: { allowed: issue.values.map(String).join(', ') },
      };
    case 'invalid_format':
      return { code: 'validation.invalid_format', path, params: { format: issue.format } };
    case 'not_multiple_of':
      return { code: 'validation.not_multiple_of', path, params: { divisor: Number(issue.divisor) } };
    case 'unrecognized_keys':
      return { code: 'validation.unknown_field', path, params: { keys: issue.keys.join(', ') } };
    default:
      return { code: 'validation.invalid', path, params: {} };
  }
}

/**
 * Parse an input that crosses a boundary. Returns the parsed value or throws one DomainError that carries
 * every problem, each with its field path.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  throw DomainError.fromProblems(problemsFromZod(result.error));
}
