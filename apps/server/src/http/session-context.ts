// The request and reply additions of @fastify/cookie (registered in app.ts) are part of this file's types.
import type {} from '@fastify/cookie';
import { type AppDeps, type Context, SESSION_COOKIE, userForSessionToken } from '@nongsan/api';
import type { CreateFastifyContextOptions } from '@trpc/server/adapters/fastify';

/** The Fastify side: reads the signed session cookie, finds its user, and lets procedures set or clear it. */
export function createContextFactory(deps: AppDeps) {
  // Only the request and the reply: tRPC's adapter and the direct routes (`direct-mutation-routes.ts`) both call it.
  return async ({ req, res }: Pick<CreateFastifyContextOptions, 'req' | 'res'>): Promise<Context> => {
    const raw = req.cookies[SESSION_COOKIE];
    const unsigned = raw === undefined ? null : req.unsignCookie(raw);
    const token = unsigned?.valid ? unsigned.value : null;
    const user = await userForSessionToken(deps, token);
    const secure = req.protocol === 'https';
    return {
      ...deps,
      user,
      session: {
        token,
        set: (value, expiresAt) => {
          // Max-Age, not Expires: the browser counts from its own clock, which NONGSAN_NOW does not move.
          const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - deps.clock.now().getTime()) / 1000));
          res.setCookie(SESSION_COOKIE, value, {
            path: '/',
            httpOnly: true,
            sameSite: 'lax',
            secure,
            signed: true,
            maxAge,
          });
        },
        clear: () => {
          res.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure });
        },
      },
    };
  };
}
