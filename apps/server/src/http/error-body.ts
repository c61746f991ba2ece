import { type AnswerCode, formatAnswer, trpcCodeFor } from '@nongsan/api';
import { type DomainError, type ErrorParams, formatProblem } from '@nongsan/domain';
import { type TRPC_ERROR_CODE_KEY, TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';

const JSONRPC_CODE: Partial<Record<TRPC_ERROR_CODE_KEY, number>> = {
  BAD_REQUEST: -32600,
  UNAUTHORIZED: -32001,
  FORBIDDEN: -32003,
  NOT_FOUND: -32004,
  PAYLOAD_TOO_LARGE: -32013,
  UNSUPPORTED_MEDIA_TYPE: -32015,
  TOO_MANY_REQUESTS: -32029,
  INTERNAL_SERVER_ERROR: -32603,
  SERVICE_UNAVAILABLE: -32603,
};

/**
 * An error answer of a plain HTTP route (photo upload, rate limit) shaped like a tRPC error, so the apps read
 * `error.data.problems` / `error.data.text` the same way whichever route answered.
 */
export function errorBody(
  code: AnswerCode,
  params: ErrorParams,
  httpStatus: number,
  trpcCode: TRPC_ERROR_CODE_KEY,
) {
  const text = { vi: formatAnswer(code, params, 'vi'), en: formatAnswer(code, params, 'en') };
  return {
    error: {
      message: text.en,
      code: JSONRPC_CODE[trpcCode] ?? -32600,
      data: {
        code: trpcCode,
        httpStatus,
        domainCode: code,
        problems: [{ code, path: [], params, ...text }],
        text,
      },
    },
  };
}

/**
 * A DomainError thrown under a plain HTTP route, answered as tRPC would: the status its code maps to
 * (`trpcCodeFor`), and every problem with its field and its text in both languages.
 */
export function domainErrorAnswer(error: DomainError) {
  const trpcCode = trpcCodeFor(error.code);
  const status = getHTTPStatusCodeFromError(new TRPCError({ code: trpcCode }));
  const body = errorBody(error.code, error.params, status, trpcCode);
  const problems = error.problems.map((problem) => ({
    code: problem.code,
    path: problem.path,
    params: problem.params,
    vi: formatProblem(problem, 'vi'),
    en: formatProblem(problem, 'en'),
  }));
  return { status, body: { error: { ...body.error, data: { ...body.error.data, problems } } } };
}
