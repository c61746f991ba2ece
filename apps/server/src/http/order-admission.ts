import type { FastifyInstance, FastifyRequest } from 'fastify';
import { errorBody } from './error-body.ts';

/**
 * How many `orders.place` requests one server process holds at once, from their arrival to their answer. Beyond it
 * a checkout is answered at once with 503 and `Retry-After` instead of queueing behind hundreds of others for
 * seconds: at the few hundred to thousands of orders a second the server places, the last of 128 waits well under
 * half a second. The count starts at the request's arrival, not at its transaction: on SQLite the session lookup
 * already waits for the one connection behind the checkouts before it.
 */
export const ORDER_QUEUE_LIMIT = 128;

/** The seconds a checkout refused by a full queue is told to wait before sending it again (`Retry-After`). */
export const ORDER_RETRY_AFTER_SECONDS = 1;

/** Whether the request calls `orders.place` (alone, or within a batch of tRPC calls). */
function placesOrders(request: FastifyRequest): boolean {
  if (request.method !== 'POST' || !request.url.startsWith('/trpc/')) return false;
  const path = request.url.slice('/trpc/'.length).split('?')[0] ?? '';
  return path.split(',').includes('orders.place');
}

const counted = new WeakSet<FastifyRequest>();

/** Bounds the checkouts this process holds at once (`limit`): the one over the bound gets 503 with Retry-After. */
export function registerOrderAdmission(app: FastifyInstance, limit: number = ORDER_QUEUE_LIMIT): void {
  let holding = 0;
  const release = (request: FastifyRequest) => {
    if (counted.delete(request)) holding -= 1;
  };
  app.addHook('onRequest', async (request, reply) => {
    if (!placesOrders(request)) return;
    if (holding >= limit) {
      const seconds = ORDER_RETRY_AFTER_SECONDS;
      return reply
        .code(503)
        .header('retry-after', String(seconds))
        .send(errorBody('server.busy', {}, 503, 'SERVICE_UNAVAILABLE'));
    }
    holding += 1;
    counted.add(request);
    // Fastify skips both hooks below when a client drops its connection once its whole body was read (its
    // `onRequestAbort` needs `aborted`, which Node sets only while the body is still arriving; `onResponse` needs
    // `finish`, never emitted on a closed socket): the response's `close` comes in every case.
    reply.raw.once('close', () => release(request));
  });
  app.addHook('onResponse', async (request) => release(request));
  app.addHook('onRequestAbort', async (request) => release(request));
}
