import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { ConnectionError, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import { errorBody } from './error-body.ts';

/** Node's limit on a request's line and headers together (`--max-http-header-size`, 16 KB by default). */
const MAX_HEADER_BYTES = 16 * 1024;
/** How long a connection refused for its size may go on sending before it is closed. */
const DRAIN_MS = 5_000;

function kb(bytes: number): number {
  return Math.round(bytes / 1024);
}

/**
 * What Node's HTTP parser refuses before Fastify sees a request: a request line or headers over the limit (a 1 MB
 * query string) are answered 414 (the URL) or 431 (the headers) with the bilingual body the apps read, instead of a
 * reset connection. The answer is written, the connection half-closed, and what the client is still sending is read
 * and dropped (closing with unread bytes would reset the connection before the client reads the answer). Anything
 * else the parser refuses is a 400 in the same shape.
 */
export function clientErrorHandler(error: ConnectionError, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  let status = 400;
  let body = errorBody('http.unreadable_request', {}, 400, 'BAD_REQUEST');
  if (error.code === 'HPE_HEADER_OVERFLOW') {
    // The request line is the first line: when its end is not within what was read, the URL is what is too long.
    // (Node hands over the bytes it read as a Buffer, whatever Fastify's type says.)
    const packet: unknown = error.rawPacket;
    const lineEnd = Buffer.isBuffer(packet) ? packet.indexOf('\r\n') : -1;
    const urlTooLong = lineEnd < 0 || lineEnd > MAX_HEADER_BYTES / 2;
    status = urlTooLong ? 414 : 431;
    body = errorBody(
      urlTooLong ? 'http.uri_too_long' : 'http.headers_too_large',
      { maxKb: kb(MAX_HEADER_BYTES) },
      status,
      'BAD_REQUEST',
    );
  } else if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    socket.destroy();
    return;
  }
  const json = JSON.stringify(body);
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(json)}\r\nConnection: close\r\n\r\n${json}`,
  );
  socket.on('data', () => {});
  socket.resume();
  setTimeout(() => socket.destroy(), DRAIN_MS).unref();
}

/**
 * Errors Fastify's router raises before any route: a path segment over `maxParamLength` (tRPC's batch names every
 * procedure in the path) is 414, a path that is not valid percent-encoding is 400, both in the apps' error shape.
 */
export const frameworkErrors: NonNullable<FastifyServerOptions['frameworkErrors']> = (
  error: Error & { code?: string },
  _request: FastifyRequest,
  reply: FastifyReply,
) => {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    return reply
      .code(414)
      .send(errorBody('http.uri_too_long', { maxKb: kb(MAX_PARAM_LENGTH) }, 414, 'BAD_REQUEST'));
  }
  return reply.code(400).send(errorBody('http.unreadable_request', {}, 400, 'BAD_REQUEST'));
};

/** The longest path segment the router takes: tRPC batches several procedure names into one. */
export const MAX_PARAM_LENGTH = 5000;
