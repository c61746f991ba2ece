import type { FastifyInstance, FastifyRequest } from 'fastify';
import { errorBody } from './error-body.ts';

/** Methods that change nothing; every other one is checked. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Whether a request was sent by a page of another site: the browser says so (`Sec-Fetch-Site: cross-site`), or its
 * `Origin` is not this server's host (`null` from a sandboxed frame or a file counts as foreign). A request without
 * either header is not from a browser page (the simulation's client, curl) and carries no victim's cookie.
 * `request.host` is the `Host` header, or `X-Forwarded-Host` behind `TRUST_PROXY`.
 */
export function isCrossSite(request: FastifyRequest): boolean {
  if (request.headers['sec-fetch-site'] === 'cross-site') return true;
  const origin = request.headers.origin;
  if (origin === undefined) return false;
  try {
    return new URL(origin).host !== request.host;
  } catch {
    return true;
  }
}

/** The media type of a request's body, without parameters: `application/json; charset=utf-8` → `application/json`. */
function mediaType(request: FastifyRequest): string {
  return (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/**
 * Cross-site request forgery: a page on another site can make the victim's browser post a form (multipart,
 * urlencoded, text/plain: no preflight) with the session cookie, which is SameSite=Lax but still sent by some older
 * browsers and from same-site pages. So every request that may change something is refused when it comes from
 * another site (403), and a tRPC call must be JSON (415), which a form cannot send and a cross-origin script cannot
 * send without a CORS preflight this server never grants. The photo upload stays multipart: its origin is checked.
 * Runs before the body is read, the session looked up or any procedure runs.
 */
export function registerCrossSiteGuard(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    if (SAFE_METHODS.has(request.method)) return;
    if (isCrossSite(request)) {
      return reply.code(403).send(errorBody('http.cross_site', {}, 403, 'FORBIDDEN'));
    }
    if (request.url.startsWith('/trpc/') && mediaType(request) !== 'application/json') {
      return reply.code(415).send(errorBody('http.json_only', {}, 415, 'UNSUPPORTED_MEDIA_TYPE'));
    }
  });
}
