/**
 * The simulation's only source of randomness: a seeded PRNG (mulberry32, 32-bit state) and the few draws the
 * model needs. Same seed, same sequence, on every machine: no Math.random anywhere in the package.
 *
 * Each concern (households at start, adoption, buyers, sellers, the post) draws from its own stream, derived from
 * the seed and the stream's name. A what-if that changes one concern (twice the tech team) then leaves the other
 * streams' draws as they were, so differences between two runs come from the change, not from reshuffled luck.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** An integer in [min, max], both included. */
  between(min: number, max: number): number;
  /** A Poisson-distributed count with mean `mean`. */
  poisson(mean: number): number;
  /** An index drawn with the given (non-negative, not all zero) weights. */
  weighted(weights: readonly number[]): number;
  /** A new independent stream named after this one and `name`. */
  fork(name: string): Random;
}

/** FNV-1a over a string, then a final avalanche: turns a seed and a stream name into a 32-bit state. */
function hashSeed(seed: number, name: string): number {
  let h = 0x811c9dc5 ^ (seed >>> 0);
  h = Math.imul(h, 0x01000193);
  h ^= Math.floor(seed / 0x1_0000_0000) >>> 0;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Above this mean a Poisson draw is split into sums of smaller draws (a sum of Poissons is Poisson). */
const POISSON_CHUNK = 30;

class Mulberry32 implements Random {
  private state: number;

  constructor(
    private readonly seed: number,
    private readonly name: string,
  ) {
    this.state = hashSeed(seed, name);
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  chance(p: number): boolean {
    return p > 0 && this.next() < p;
  }

  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  poisson(mean: number): number {
    if (!(mean > 0)) return 0;
    let count = 0;
    let rest = mean;
    while (rest > POISSON_CHUNK) {
      count += this.knuth(POISSON_CHUNK);
      rest -= POISSON_CHUNK;
    }
    return count + this.knuth(rest);
  }

  /** Knuth's multiplication method: exact, fast for small means. */
  private knuth(mean: number): number {
    const limit = Math.exp(-mean);
    let k = 0;
    let p = this.next();
    while (p > limit) {
      k++;
      p *= this.next();
    }
    return k;
  }

  weighted(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let r = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i] ?? 0;
      if (r < 0) return i;
    }
    return weights.length - 1;
  }

  fork(name: string): Random {
    return new Mulberry32(this.seed, `${this.name}/${name}`);
  }
}

/** The root stream of a run. `seed` is any safe integer. */
export function createRandom(seed: number, name = 'root'): Random {
  return new Mulberry32(seed, name);
}

/** `first .. first + n - 1` in random order (Fisher–Yates, drawing from `random`). */
export function shuffled(first: number, n: number, random: Random): number[] {
  const order = Array.from({ length: n }, (_, i) => first + i);
  for (let i = n - 1; i > 0; i--) {
    const j = random.int(i + 1);
    const t = order[i] as number;
    order[i] = order[j] as number;
    order[j] = t;
  }
  return order;
}
