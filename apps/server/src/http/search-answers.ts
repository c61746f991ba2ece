import type { Clock, SearchCache, SearchTicket } from '@nongsan/api';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/** tRPC's answer to a GET over HTTP, exactly as it was sent. */
export interface StoredAnswer {
  readonly status: number;
  readonly headers: readonly (readonly [name: string, value: string])[];
  readonly body: Buffer;
}

/** The procedures whose answer depends on the question and the listings alone, never on who asks. */
const SHARED_ANSWER_PROCEDURES: ReadonlySet<string> = new Set(['listings.search']);

function isFetchResponse(payload: unknown): payload is Response {
  return (
    typeof payload === 'object' &&
    payload !== null &&
    Object.prototype.toString.call(payload) === '[object Response]'
  );
}

/**
 * Keeps tRPC's serialized answers to `GET /trpc/listings.search` (batched or not, as the apps send it) in `answers`,
 * a companion of the search cache: the same question asked again within the window gets the same bytes without
 * going through tRPC's request pipeline again (a Fetch `Request`, the context, the input's parsing, the
 * procedure's middlewares, a `Response` and its stream), which costs several times the search itself once its
 * result is cached. Only a whole request whose every call is such a procedure, and only a 200 JSON answer without a
 * cookie, is kept; anything else (an error, a batch with another procedure, a mutation, a stream) goes to tRPC as
 * before. Every change empties `answers` with the search cache, so the next search after a change is worked out
 * anew. Register in the scope of the tRPC plugin, whose route is `<prefix>/:path`. The answer is looked up in the
 * last step before the handler (`preHandler`), so every hook before it runs as for any request: the rate limit (a
 * route-level `onRequest`) still counts and stamps every search.
 */
export function registerSearchAnswers(
  scope: FastifyInstance,
  deps: { readonly answers: SearchCache<StoredAnswer>; readonly clock: Clock },
): void {
  const { answers, clock } = deps;
  const asked = new WeakMap<FastifyRequest, { readonly key: string; readonly ticket: SearchTicket }>();

  scope.addHook('preHandler', async (request, reply) => {
    if (request.method !== 'GET') return;
    const path = (request.params as { path?: unknown }).path;
    if (typeof path !== 'string' || !path.split(',').every((name) => SHARED_ANSWER_PROCEDURES.has(name)))
      return;
    // Whatever tRPC reads to shape its answer is part of the question, and so is the marketplace's hour (a
    // listing's season and phase follow it; see `ListingService.search`).
    const key = [
      clock.now().toISOString().slice(0, 13),
      request.url,
      request.headers['trpc-accept'] ?? '',
      request.headers.accept ?? '',
    ].join('\n');
    const ticket = answers.ticket();
    const answer = answers.get(key);
    if (answer === undefined) {
      asked.set(request, { key, ticket });
      return;
    }
    reply.code(answer.status);
    for (const [name, value] of answer.headers) reply.header(name, value);
    return reply.send(answer.body);
  });

  scope.addHook('onSend', async (request, reply, payload) => {
    const question = asked.get(request);
    if (question === undefined || !isFetchResponse(payload)) return payload;
    asked.delete(request);
    // What Fastify would do with tRPC's Response (status, headers, then the body), with the body read first.
    const headers = [...payload.headers];
    const body = Buffer.from(await payload.arrayBuffer());
    reply.code(payload.status);
    for (const [name, value] of headers) reply.header(name, value);
    const json = payload.headers.get('content-type')?.startsWith('application/json') ?? false;
    if (payload.status === 200 && json && !reply.hasHeader('set-cookie')) {
      answers.set(question.key, { status: payload.status, headers, body }, question.ticket);
    }
    return body;
  });
}
