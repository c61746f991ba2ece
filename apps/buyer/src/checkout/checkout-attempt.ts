import { stableJson } from '@nongsan/domain';
import { serverErrorData } from '@nongsan/ui';

/**
 * One checkout, one idempotency key. The key is made once (crypto.randomUUID) for what the buyer is about to order
 * and kept in sessionStorage until the orders are placed: a retry after a dropped connection, a second tap, even a
 * reload of the page sends the same key, and the server answers with the orders it already placed instead of
 * placing them twice. A changed cart or address is another checkout and gets a new key (the server would refuse
 * the old key with a different body).
 */
export const CHECKOUT_STORAGE_KEY = 'nongsan.buyer.checkout.v1';

export type AttemptStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

interface StoredAttempt {
  readonly key: string;
  readonly fingerprint: string;
}

function read(storage: AttemptStorage | undefined): StoredAttempt | null {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(CHECKOUT_STORAGE_KEY) ?? 'null');
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { key, fingerprint } = parsed as Record<string, unknown>;
    return typeof key === 'string' && typeof fingerprint === 'string' ? { key, fingerprint } : null;
  } catch {
    return null;
  }
}

/** The idempotency key of the checkout `body`: the kept one when the body is the same, else a new one (kept). */
export function checkoutKey(
  storage: AttemptStorage | undefined,
  body: unknown,
  newKey: () => string = () => crypto.randomUUID(),
): string {
  const fingerprint = stableJson(body);
  const kept = read(storage);
  if (kept && kept.fingerprint === fingerprint) return kept.key;
  const key = newKey();
  try {
    storage?.setItem(CHECKOUT_STORAGE_KEY, JSON.stringify({ key, fingerprint }));
  } catch {
    // Not kept across a reload; retries within this page still reuse `key`.
  }
  return key;
}

/** The orders are placed: the next checkout is a new one. */
export function forgetCheckoutKey(storage: AttemptStorage | undefined): void {
  try {
    storage?.removeItem(CHECKOUT_STORAGE_KEY);
  } catch {
    // Nothing to forget.
  }
}

/** Whether a failed call never got our server's answer (offline, a dropped connection, a proxy's error page). */
export function isNetworkFailure(error: unknown): boolean {
  return serverErrorData(error) === null;
}

/** Waits before each retry: soon, then longer, so a phone that lost its signal for a moment gets through. */
export const RETRY_DELAYS_MS: readonly number[] = [400, 1500, 4000];

/**
 * Sends `send` (which carries the same idempotency key every time) until the server answers: a network failure is
 * retried after each of `delays`; a refusal by the server (not enough stock, signed out) is not, and is thrown.
 */
export async function sendWithRetries<T>(
  send: () => Promise<T>,
  delays: readonly number[] = RETRY_DELAYS_MS,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((done) => setTimeout(done, ms)),
  /** Told before each retry (1, 2, …), so the screen can say the connection dropped and it is trying again. */
  onRetry: (attempt: number) => void = () => {},
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      const delay = delays[attempt];
      if (delay === undefined || !isNetworkFailure(error)) throw error;
      onRetry(attempt + 1);
      await wait(delay);
    }
  }
}

export function sessionAttemptStorage(): AttemptStorage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}
