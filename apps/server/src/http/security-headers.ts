import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * What the apps may load, as a Content-Security-Policy: their own scripts, styles, pictures and API calls from this
 * server, nothing inline (index.html has no inline script or style; React sets styles through the DOM, which CSP
 * allows), pictures also as `data:` (the favicon, VietQR codes) and `blob:` (a photo previewed before upload), and no
 * page of another site may frame them (clickjacking). No `upgrade-insecure-requests`: a commune server on its local
 * network is reached over plain http, where upgrading every request would break the apps.
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  // The apps' service workers (/seller/sw.js, /buyer/sw.js) and web app manifests, from this server only.
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'object-src': ["'none'"],
} as const;

/**
 * Security headers on every answer (@fastify/helmet): the CSP above, `X-Content-Type-Options: nosniff` (a photo is
 * never read as HTML or script whatever its bytes), `X-Frame-Options: DENY` for browsers without frame-ancestors,
 * `Referrer-Policy: no-referrer`, `Cross-Origin-Opener-Policy` and `-Resource-Policy: same-origin`, and HSTS
 * (which browsers heed only over https, behind a TLS proxy).
 */
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: Object.fromEntries(
        Object.entries(CONTENT_SECURITY_POLICY).map(([name, values]) => [name, [...values]]),
      ),
    },
    frameguard: { action: 'deny' },
  });
}
