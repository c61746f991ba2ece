import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as z from 'zod';
import { storedVapidKeys, type VapidKeys } from './push/vapid-keys.ts';

/** What the server reads from its environment, once parsed. */
export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  /** Passed to `createDb`; undefined means the default SQLite file under `./data/`. */
  readonly databaseUrl: string | undefined;
  /** Signs the session cookie. Generated and kept in `<dataDir>/session-secret` when `SESSION_SECRET` is unset. */
  readonly sessionSecret: string;
  /** `NONGSAN_NOW`: fixes the server's clock (tests, demos); undefined = the real clock. */
  readonly fixedNow: string | undefined;
  /** Where the server keeps what is not in the database: the generated secret, uploaded photos. */
  readonly dataDir: string;
  /** `<dataDir>/photos`: listing photos, served at `/photos/`. */
  readonly photosDir: string;
  /** Trust `X-Forwarded-*` from a reverse proxy (so the session cookie is `Secure` behind https). */
  readonly trustProxy: boolean;
  /** Requests one client address may make per minute before the answer is 429 (`RATE_LIMIT_PER_MINUTE`). */
  readonly rateLimitPerMinute: number;
  /**
   * What `main` seeds into an empty database (`NONGSAN_SEED`): the demo commune (`demo`, the default), the
   * simulated province (`province`: about 200 communes, 200,000 households) or nothing (`none`).
   */
  readonly seed: 'demo' | 'province' | 'none';
  /**
   * The VAPID keys push alerts are signed with: `VAPID_PUBLIC_KEY` and `VAPID_PRIVATE_KEY`, else generated and kept
   * in `<dataDir>/vapid-keys.json` like the session secret; `VAPID_SUBJECT` says who runs the server.
   */
  readonly vapid: VapidKeys;
  /** `SEPAY_API_KEY`: the key SePay sends to `POST /webhooks/sepay`; unset, the webhook answers 503. */
  readonly sepayApiKey?: string | undefined;
}

const flag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', ''])
  .optional()
  .transform((value) => value === '1' || value === 'true' || value === 'yes');

/** 20 requests a second from one address: far above a person using the apps, low enough to slow a script. */
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 1200;

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  DATABASE_URL: z.string().trim().optional(),
  SESSION_SECRET: z.string().trim().optional(),
  NONGSAN_NOW: z
    .string()
    .trim()
    .optional()
    .refine((value) => !value || !Number.isNaN(new Date(value).getTime()), 'NONGSAN_NOW must be an ISO time'),
  NONGSAN_DATA_DIR: z.string().trim().optional(),
  TRUST_PROXY: flag,
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(DEFAULT_RATE_LIMIT_PER_MINUTE),
  NONGSAN_SEED: z.enum(['demo', 'province', 'none', '']).optional(),
  VAPID_PUBLIC_KEY: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{86,88}$/, 'a base64url P-256 public key')
    .optional(),
  VAPID_PRIVATE_KEY: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{42,44}$/, 'a base64url P-256 private key')
    .optional(),
  VAPID_SUBJECT: z
    .string()
    .trim()
    .regex(/^(mailto:|https:\/\/)\S+$/, 'a mailto: or https: address')
    .default('mailto:hotro@nongsan.local'),
  SEPAY_API_KEY: z
    .string()
    .trim()
    .optional()
    .refine((value) => !value || value.length >= 16, 'SEPAY_API_KEY needs at least 16 characters'),
});

/** A session secret shorter than this is refused: the cookie signature would be guessable. */
export const MIN_SESSION_SECRET_LENGTH = 32;
const SECRET_FILE = 'session-secret';

/**
 * Reads the environment. Throws an Error naming every bad variable. Side effect, on purpose and only once: when
 * `SESSION_SECRET` is unset, a random secret is generated into `<dataDir>/session-secret` (mode 600) on the first
 * start and read back on later ones, so sessions survive a restart without anyone configuring anything.
 */
export function loadConfig(
  env: Readonly<Record<string, string | undefined>> = process.env,
  cwd: string = process.cwd(),
): ServerConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment:\n  ${lines.join('\n  ')}`);
  }
  const vars = parsed.data;
  const dataDir = resolve(cwd, vars.NONGSAN_DATA_DIR || 'data');
  const secret = vars.SESSION_SECRET || storedSessionSecret(dataDir);
  if (secret.length < MIN_SESSION_SECRET_LENGTH) {
    throw new Error(
      `Invalid environment:\n  SESSION_SECRET: needs at least ${MIN_SESSION_SECRET_LENGTH} characters`,
    );
  }
  if ((vars.VAPID_PUBLIC_KEY === undefined) !== (vars.VAPID_PRIVATE_KEY === undefined)) {
    throw new Error('Invalid environment:\n  VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY: set both or neither');
  }
  const keys =
    vars.VAPID_PUBLIC_KEY && vars.VAPID_PRIVATE_KEY
      ? { publicKey: vars.VAPID_PUBLIC_KEY, privateKey: vars.VAPID_PRIVATE_KEY }
      : storedVapidKeys(dataDir);
  return {
    port: vars.PORT,
    host: vars.HOST,
    databaseUrl: vars.DATABASE_URL || undefined,
    sessionSecret: secret,
    fixedNow: vars.NONGSAN_NOW || undefined,
    dataDir,
    photosDir: join(dataDir, 'photos'),
    trustProxy: vars.TRUST_PROXY,
    rateLimitPerMinute: vars.RATE_LIMIT_PER_MINUTE,
    seed: vars.NONGSAN_SEED || 'demo',
    vapid: { ...keys, subject: vars.VAPID_SUBJECT },
    sepayApiKey: vars.SEPAY_API_KEY || undefined,
  };
}

function storedSessionSecret(dataDir: string): string {
  const file = join(dataDir, SECRET_FILE);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  // 'wx': when two processes start at once, the second fails to create and reads the first one's secret.
  try {
    writeFileSync(file, `${secret}\n`, { flag: 'wx', mode: 0o600 });
    chmodSync(file, 0o600);
    return secret;
  } catch {
    return readFileSync(file, 'utf8').trim();
  }
}
