/**
 * The browser-test harness of both apps (node only, never bundled): the real built server on a fresh SQLite
 * database with a fixed clock, and Debian's Chromium driven by playwright-core at a phone's size. No
 * `playwright install`: the system browser is used, or the tests skip (and fail under CI=true).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

/** Inside the dragon-fruit season, so the tests pass in any month. */
export const FIXED_NOW = '2026-09-15T09:00:00+07:00';
/** A cheap Android phone. */
export const PHONE_VIEWPORT = { width: 360, height: 740 } as const;
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
] as const;

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/**
 * Null when the browser tests can run; otherwise why not (printed). Under `CI=true` a missing browser is a
 * failure, not a skip: CI installs it, so its absence means the run proves nothing.
 */
export function browserSkipReason(): string | null {
  const path = chromiumPath();
  if (existsSync(path)) return null;
  const reason = `Chromium not found at ${path} (install Debian's chromium or set CHROMIUM_PATH)`;
  if (process.env.CI === 'true') throw new Error(`${reason}; with CI=true the browser tests must run`);
  console.warn(`Skipping the browser tests: ${reason}`);
  return reason;
}

/** Fails with what to do when a build the tests drive is missing (turbo builds it before `test`). */
export function requireBuilt(file: string, how: string): void {
  if (!existsSync(file)) throw new Error(`${file} is missing: ${how}`);
}

export interface DemoLogin {
  readonly phone: string;
  readonly name: string;
}

export interface RunningServer {
  readonly baseUrl: string;
  /** The demo password and one login per role, as `pnpm start` prints them after seeding. */
  readonly demoPassword: string;
  readonly demoLogins: Readonly<
    Partial<Record<'household' | 'helper' | 'buyer' | 'province' | 'official', DemoLogin>>
  >;
  stop(): Promise<void>;
}

/** Reads what `apps/server/dist/main.js` prints once it listens: the API address and the demo logins. */
export function parseServerBanner(output: string): Omit<RunningServer, 'stop'> | null {
  const api = /API\s+(http:\/\/\S+)\/trpc/.exec(output);
  if (!api?.[1]) return null;
  const password = /password for all: ([^)\s]+)\)/.exec(output)?.[1] ?? '';
  const demoLogins: Partial<Record<'household' | 'helper' | 'buyer' | 'province' | 'official', DemoLogin>> =
    {};
  for (const match of output.matchAll(
    /^\s+(household|helper|buyer|province|official)\s+(\d{10})\s+(.+)$/gm,
  )) {
    const [, role, phone, name] = match;
    if (role && phone && name) demoLogins[role as keyof typeof demoLogins] = { phone, name: name.trim() };
  }
  return { baseUrl: api[1], demoPassword: password, demoLogins };
}

/**
 * Starts the built server (`apps/server/dist/main.js`, what `pnpm start` runs) on a free port with a fresh
 * SQLite database and data folder, its clock fixed at `now`; it seeds the demo commune and serves the built apps.
 * `env` adds to its environment (`SEPAY_API_KEY`, to post bank notifications to it).
 */
export async function startServer(
  options: { now?: string; timeoutMs?: number; env?: Readonly<Record<string, string>> } = {},
): Promise<RunningServer> {
  const main = join(REPO_ROOT, 'apps/server/dist/main.js');
  requireBuilt(main, 'build the server first (pnpm build, or pnpm test from the root)');
  const dataDir = mkdtempSync(join(tmpdir(), 'nongsan-e2e-'));
  const child: ChildProcess = spawn(process.execPath, [main], {
    cwd: dataDir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: `file:${join(dataDir, 'nongsan.sqlite')}`,
      NONGSAN_DATA_DIR: dataDir,
      NONGSAN_NOW: options.now ?? FIXED_NOW,
      SESSION_SECRET: randomBytes(32).toString('base64url'),
      NODE_ENV: 'production',
      ...options.env,
    },
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });

  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  while (Date.now() < deadline) {
    // The demo logins are printed after the address: wait for the last of them.
    const banner = /official\s+\d{10}/.test(output) ? parseServerBanner(output) : null;
    if (banner) return { ...banner, stop };
    if (child.exitCode !== null) break;
    await new Promise((wait) => setTimeout(wait, 100));
  }
  await stop();
  throw new Error(`the server did not start:\n${output}`);
}

export interface PhoneBrowser {
  readonly context: BrowserContext;
  readonly page: Page;
  close(): Promise<void>;
}

/** Chromium with a fresh profile, at a phone's size, in Vietnam's time zone, speaking Vietnamese. */
export async function openPhoneBrowser(): Promise<PhoneBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'nongsan-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_FLAGS],
    viewport: PHONE_VIEWPORT,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Saves what the page shows as `<app>/e2e/screenshots/<name>.png`. */
export async function saveScreenshot(page: Page, appDir: string, name: string): Promise<void> {
  const dir = join(appDir, 'e2e', 'screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`) });
}

export {
  appointNewHelper,
  type DemoServer,
  type NewPerson,
  newHousehold,
  signInAsOfficial,
  signInOnPage,
  signInToApi,
  signUpBuyer,
} from './api-fixtures.ts';
export { axeViolations } from './axe.ts';
export { activeWorker, installabilityErrors } from './installed-app.ts';
export { MIN_TAP_PX, smallTapTargets } from './tap-targets.ts';
export {
  expectNoInternalCodes,
  findInternalCodes,
  INTERNAL_WORDS,
  scanEveryPage,
  visibleText,
} from './visible-text-scan.ts';
