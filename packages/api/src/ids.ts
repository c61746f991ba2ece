import { randomBytes } from 'node:crypto';

/** Crockford's base 32: no I, L, O, U, so an id read aloud or copied by hand is not mistaken. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const TIME_CHARS = 10;
const RANDOM_CHARS = 16;

let lastTime = -1;
let lastRandom: number[] = [];

function encodeTime(ms: number): string {
  let out = '';
  let rest = ms;
  for (let i = 0; i < TIME_CHARS; i++) {
    out = ALPHABET[rest % 32] + out;
    rest = Math.floor(rest / 32);
  }
  return out;
}

function freshRandom(): number[] {
  const bytes = randomBytes(RANDOM_CHARS);
  return Array.from(bytes, (byte) => byte % 32);
}

/** Adds one to the random part, so two ids made in the same millisecond still sort in the order they were made. */
function increment(digits: readonly number[]): number[] {
  const next = [...digits];
  for (let i = next.length - 1; i >= 0; i--) {
    const digit = next[i] ?? 0;
    if (digit < 31) {
      next[i] = digit + 1;
      return next;
    }
    next[i] = 0;
  }
  return freshRandom(); // 32^16 ids in one millisecond: cannot happen; start over rather than wrap to zero
}

/**
 * A new id, ULID-like: 10 characters of milliseconds since 1970 then 16 random ones (80 bits), so ids sort by
 * creation time (also within one millisecond in one process) and never collide in practice across processes.
 * `newId('ord')` → `ord_01JD…`. The wall clock is used on purpose, not the injected `Clock`: an id must stay unique
 * when `NONGSAN_NOW` freezes the business clock.
 */
export function newId(prefix?: string): string {
  const now = Date.now();
  if (now <= lastTime) {
    lastRandom = increment(lastRandom);
  } else {
    lastTime = now;
    lastRandom = freshRandom();
  }
  const id = encodeTime(lastTime) + lastRandom.map((digit) => ALPHABET[digit]).join('');
  return prefix === undefined ? id : `${prefix}_${id}`;
}
