import { createHash, randomBytes } from 'node:crypto';

/** How long a sign-in lasts: a month, so a farmer who sells once a week is not asked for the password each time. */
export const SESSION_TTL_MS = 30 * 24 * 3_600_000;

/** A new session token for the cookie: 256 random bits. Only its hash is stored. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The session row's id: a copy of the sessions table does not let anyone sign in. */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
