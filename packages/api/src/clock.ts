/**
 * The one source of "now" for every time-dependent rule (seasons, the 24-hour confirmation deadline, login
 * lockouts, sessions). Injected everywhere, so tests and demos can fix the time with `NONGSAN_NOW`.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock stopped at `iso` (any string `Date` parses; an invalid one throws, naming it). */
export function fixedClock(iso: string): Clock {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime()))
    throw new Error(`Not a valid time: "${iso}" (write an ISO time such as 2025-06-15T08:00:00+07:00)`);
  const ms = at.getTime();
  return { now: () => new Date(ms) };
}

/**
 * A clock a test can move forward: `advance(ms)` or `set(iso)`. Every call to `now()` returns a new `Date`, so a
 * caller that mutates it changes nothing.
 */
export interface ManualClock extends Clock {
  advance(ms: number): void;
  set(iso: string): void;
}

export function manualClock(iso: string): ManualClock {
  let ms = fixedClock(iso).now().getTime();
  return {
    now: () => new Date(ms),
    advance: (by) => {
      ms += by;
    },
    set: (to) => {
      ms = fixedClock(to).now().getTime();
    },
  };
}

/** `NONGSAN_NOW` set → a clock fixed at that time; unset or empty → the real clock. */
export function clockFromEnv(env: Readonly<Record<string, string | undefined>>): Clock {
  const fixed = env.NONGSAN_NOW?.trim();
  return fixed ? fixedClock(fixed) : systemClock;
}
