import type { AnyTRPCRouter } from '@trpc/server';
import {
  callTRPCProcedure,
  getTRPCErrorFromUnknown,
  getTRPCErrorShape,
  TRPCError,
  transformTRPCResponse,
} from '@trpc/server';
import { type FastifyHandlerOptions, fastifyRequestHandler } from '@trpc/server/adapters/fastify';
import { getHTTPStatusCode } from '@trpc/server/http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * The mutations answered by `registerDirectMutations` instead of tRPC's Fastify adapter: the ones a crowd sends at
 * once (buyers checking out), where the adapter's own cost shows.
 */
export const DIRECT_MUTATIONS: readonly string[] = ['orders.place'];

export interface DirectMutationOptions<TRouter extends AnyTRPCRouter> {
  /** The tRPC plugin's prefix (`/trpc`). */
  readonly prefix: string;
  readonly paths: readonly string[];
  /** The options the tRPC plugin was given: the same router and error callback (and all of it for a stream). */
  readonly trpcOptions: FastifyHandlerOptions<TRouter, FastifyRequest, FastifyReply>;
  /** The plugin's context, which reads only the request and the reply (`session-context.ts`). */
  readonly createContext: (options: { req: FastifyRequest; res: FastifyReply }) => Promise<unknown>;
}

/** What one call of a request came with: its raw input, read once from the body (tRPC's `getRawInput`). */
interface CallInput {
  read(): Promise<unknown>;
  /** The input once read (for the error's shape), or undefined when it was not or could not be. */
  result(): unknown;
}

/** Parses the body as tRPC's JSON handler does: one call's input, or a batch's `{ "0": input }` (`?batch=1`). */
function callInput(body: unknown, isBatchCall: boolean, deserialize: (value: unknown) => unknown): CallInput {
  let parsed: { value: unknown } | undefined;
  return {
    read: async () => {
      if (parsed) return parsed.value;
      let inputs: unknown;
      try {
        // As `Request.json()` reads it: UTF-8 text without its byte-order mark; no body at all is not JSON either.
        const text = typeof body === 'string' ? body : '';
        inputs = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
      } catch (cause) {
        // tRPC's words for a body that is not JSON (it reads it with `Request.json()`, which calls JSON.parse).
        throw new TRPCError({ code: 'BAD_REQUEST', message: (cause as Error).message, cause });
      }
      let value: unknown;
      if (!isBatchCall) value = deserialize(inputs);
      else {
        if (typeof inputs !== 'object' || inputs === null || Array.isArray(inputs))
          throw new TRPCError({
            code: 'BAD_REQUEST',
            message: '"input" needs to be an object when doing a batch call',
          });
        const first = (inputs as Record<string, unknown>)['0'];
        value = first === undefined ? undefined : deserialize(first);
      }
      parsed = { value };
      return value;
    },
    result: () => parsed?.value,
  };
}

/** Whether the call asks for a streamed answer, read as tRPC reads it (`trpc-accept`, else `accept`). */
function asksForStream(request: FastifyRequest): boolean {
  const trpcAccept = request.headers['trpc-accept'];
  if (trpcAccept !== undefined) return trpcAccept === 'application/jsonl';
  return (request.headers.accept ?? '').split(',').some((type) => type.trim() === 'application/jsonl');
}

/**
 * `POST <prefix>/<path>` for each of `paths` (tRPC mutations), answered without tRPC's Fastify adapter but through
 * the same router, context, procedures and error formatter, in tRPC's wire format: the same JSON body whether the
 * call came alone or as a batch of one (`?batch=1`, as the apps' `httpBatchLink` sends it), the same status codes,
 * the same error shape, the same `vary` and `content-type`. The adapter turns every call into a Web `Request` (with
 * its `Headers`, `URL` and `AbortSignal`), reads the body again from it, and answers a Web `Response` whose body
 * Fastify then streams: for a small JSON call that is most of the time tRPC adds, so a busy route is faster without
 * it. Every hook of the server runs as for any route (rate limit, cross-site guard, checkout admission, cookies,
 * compression). Anything else sent to these paths (a batch with other calls is another path; a streamed batch
 * asking for `application/jsonl`) goes to the adapter as before.
 *
 * Register in its own scope (`app.register`): it reads JSON bodies as text, as the tRPC plugin does, so that a body
 * that is not JSON is answered by tRPC's rules, not Fastify's.
 */
export function registerDirectMutations<TRouter extends AnyTRPCRouter>(
  scope: FastifyInstance,
  options: DirectMutationOptions<TRouter>,
): void {
  const { prefix, trpcOptions } = options;
  const router = trpcOptions.router;
  const config = router._def._config;
  const deserialize = (value: unknown) => config.transformer.input.deserialize(value);

  scope.removeContentTypeParser('application/json');
  scope.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) =>
    done(null, body),
  );

  for (const path of options.paths) {
    scope.post(`${prefix}/${path}`, async (request, reply) => {
      const query = request.query as Record<string, unknown>;
      const isBatchCall = query.batch === '1';
      if (asksForStream(request))
        return fastifyRequestHandler({ ...trpcOptions, req: request, res: reply, path });

      const input = callInput(request.body, isBatchCall, deserialize);
      let ctx: unknown;
      let error: TRPCError | undefined;
      let data: unknown;
      try {
        ctx = await options.createContext({ req: request, res: reply });
        data = await callTRPCProcedure({
          router,
          path,
          getRawInput: input.read,
          ctx,
          type: 'mutation',
          signal: undefined,
          batchIndex: 0,
        });
      } catch (cause) {
        error = getTRPCErrorFromUnknown(cause);
        trpcOptions.onError?.({
          error,
          path,
          input: input.result(),
          ctx: ctx as never,
          type: 'mutation',
          req: request,
        });
      }
      const answer =
        error === undefined
          ? { result: { data } }
          : {
              error: getTRPCErrorShape({
                config,
                ctx: ctx as never,
                error,
                input: input.result(),
                path,
                type: 'mutation',
              }),
            };
      const json = transformTRPCResponse(config, isBatchCall ? [answer] : answer);
      return (
        reply
          .code(getHTTPStatusCode(answer))
          .header('vary', 'trpc-accept, accept')
          .header('content-type', 'application/json')
          // Bytes, not a string: Fastify would add `; charset=utf-8` to a string's type, which tRPC does not send.
          .send(Buffer.from(JSON.stringify(json)))
      );
    });
  }
}
