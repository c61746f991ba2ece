import { createHash, timingSafeEqual } from 'node:crypto';
import { BankTransfersService, type Clock } from '@nongsan/api';
import type { Database } from '@nongsan/db';
import { isDomainError } from '@nongsan/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { errorBody } from './error-body.ts';

interface BankWebhookDeps {
  readonly db: Kysely<Database>;
  readonly clock: Clock;
  /** SePay's API key for this webhook (`SEPAY_API_KEY`); undefined: the webhook is off. */
  readonly apiKey: string | undefined;
}

/** Where SePay posts its notifications. */
export const SEPAY_WEBHOOK_PATH = '/webhooks/sepay';

/**
 * Whether an `Authorization` header carries the key, as SePay sends it (`Apikey <key>`). Compared in constant time:
 * both sides are hashed to 32 bytes first, so neither the key's length nor how many of its characters match shows
 * in the time the comparison takes.
 */
export function carriesApiKey(header: string | undefined, key: string): boolean {
  const match = /^apikey\s+(.+)$/i.exec(header?.trim() ?? '');
  const given = createHash('sha256')
    .update(match?.[1] ?? '')
    .digest();
  const expected = createHash('sha256').update(key).digest();
  return timingSafeEqual(given, expected) && match !== null;
}

/** A body Fastify could not parse as JSON: a 400 in words, as every other answer (a body too large stays 413). */
function unreadableBody(
  error: { code?: string; statusCode?: number },
  _request: FastifyRequest,
  reply: FastifyReply,
) {
  if (error.statusCode === 400 || error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
    return reply.code(400).send(errorBody('http.unreadable_request', {}, 400, 'BAD_REQUEST'));
  throw error;
}

/**
 * `POST /webhooks/sepay`: SePay's notification of a transaction on a linked bank account (the body and key are
 * described in the server's README). A wrong or missing key is 401 and changes nothing; a body that is not a
 * notification is 400; otherwise 200 `{"success": true}` (what SePay waits for, else it retries), also for a
 * notification received before, which does nothing again.
 */
export function registerBankWebhookRoutes(app: FastifyInstance, deps: BankWebhookDeps): void {
  app.post(SEPAY_WEBHOOK_PATH, { errorHandler: unreadableBody }, async (request, reply) => {
    if (deps.apiKey === undefined)
      return reply.code(503).send(errorBody('http.webhook_disabled', {}, 503, 'SERVICE_UNAVAILABLE'));
    if (!carriesApiKey(request.headers.authorization, deps.apiKey))
      return reply.code(401).send(errorBody('http.webhook_unauthorized', {}, 401, 'UNAUTHORIZED'));
    try {
      const receipt = await new BankTransfersService(deps).receive(request.body);
      return reply.code(200).send({ success: true, ...receipt });
    } catch (error) {
      if (!isDomainError(error)) throw error;
      return reply.code(400).send(errorBody(error.code, error.params, 400, 'BAD_REQUEST'));
    }
  });
}
