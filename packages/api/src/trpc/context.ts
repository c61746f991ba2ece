import type { Database, DialectName } from '@nongsan/db';
import type { Kysely } from 'kysely';
import { hashSessionToken } from '../auth/session-tokens.ts';
import type { SessionUser } from '../auth/session-user.ts';
import type { Clock } from '../clock.ts';
import { SessionRepository } from '../repositories/session-repository.ts';
import type { SearchPage } from '../services/listing-service.ts';
import { type PlacementQueue, transactionPerCheckout } from '../services/placement-queue.ts';
import { SearchCache } from '../services/search-cache.ts';

/**
 * How a procedure sets or clears the session cookie, without knowing about HTTP (the host gives the real one:
 * apps/server's `session-context.ts`).
 */
export interface SessionCookie {
  set(token: string, expiresAt: Date): void;
  clear(): void;
  /** The session token the request came with (null when none or the signature is wrong), so logout can end it. */
  readonly token: string | null;
}

/** What the server's context needs from its configuration (not the secret: the cookie plugin holds it). */
export interface ContextConfig {
  /** Where uploaded listing photos are stored. */
  readonly photosDir: string;
  /** The VAPID public key phones subscribe to push alerts with; absent or null: no push alerts. */
  readonly pushPublicKey?: string | null;
}

export interface Context {
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
  readonly clock: Clock;
  /** This process's moment-long memory of search answers, emptied by every change (`dropSearchesAfterChange`). */
  readonly searchCache: SearchCache<SearchPage>;
  /** Where this process's checkouts wait for the database: bounded (a full queue answers 503). */
  readonly placements: PlacementQueue;
  readonly user: SessionUser | null;
  readonly session: SessionCookie;
  readonly config: ContextConfig;
}

export const SESSION_COOKIE = 'nongsan_session';

/** A session cookie kept in memory: for `createCaller` tests, which have no HTTP. `value` is the last one set. */
export function memorySessionCookie(token: string | null = null): SessionCookie & { value: string | null } {
  const cookie = {
    value: token,
    get token() {
      return cookie.value;
    },
    set(next: string) {
      cookie.value = next;
    },
    clear() {
      cookie.value = null;
    },
  };
  return cookie;
}

export interface ContextInnerOptions {
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
  readonly clock: Clock;
  readonly searchCache?: SearchCache<SearchPage>;
  readonly placements?: PlacementQueue;
  readonly user?: SessionUser | null;
  readonly session?: SessionCookie;
  readonly config?: Partial<ContextConfig>;
}

/** The context without HTTP: tests build one directly and call procedures through `createCaller`. */
export function createContextInner(options: ContextInnerOptions): Context {
  return {
    db: options.db,
    dialect: options.dialect,
    clock: options.clock,
    searchCache: options.searchCache ?? new SearchCache(),
    placements: options.placements ?? transactionPerCheckout(options.db),
    user: options.user ?? null,
    session: options.session ?? memorySessionCookie(),
    config: {
      photosDir: options.config?.photosDir ?? 'data/photos',
      pushPublicKey: options.config?.pushPublicKey ?? null,
    },
  };
}

export interface AppDeps {
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
  readonly clock: Clock;
  readonly searchCache: SearchCache<SearchPage>;
  readonly placements: PlacementQueue;
  readonly config: ContextConfig;
}

/** The user a session token belongs to, when the session is still valid and the login not disabled. */
export async function userForSessionToken(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  token: string | null,
): Promise<SessionUser | null> {
  if (token === null || token === '') return null;
  return new SessionRepository(deps.db).findUser(hashSessionToken(token), deps.clock.now());
}
