import { DomainError } from '@nongsan/domain';

/**
 * `--set path=value`: a dotted path into the scenario (`techTeams.membersMultiplier=2`,
 * `products.dragon-fruit.yieldFactor=0.1`, `communes.0.villages.3.households=120`) and a value read as JSON when it
 * is JSON (numbers, true/false, arrays, objects, quoted strings) and as plain text otherwise. Only existing fields
 * can be set, so a typo is an error rather than a silently ignored key; a whole object may be set too. The result
 * is validated again by the caller.
 */
export interface Override {
  readonly path: readonly string[];
  readonly value: unknown;
  readonly text: string;
}

export function parseOverride(text: string): Override {
  const eq = text.indexOf('=');
  if (eq <= 0) throw new DomainError('validation.invalid_format', { format: 'path=value' }, ['--set', text]);
  const path = text.slice(0, eq).trim().split('.');
  const raw = text.slice(eq + 1);
  let value: unknown = raw;
  try {
    value = JSON.parse(raw);
  } catch {
    // Not JSON: the text itself (a date, a name).
  }
  return { path, value, text };
}

/** A deep copy of `input` with each override applied in turn. */
export function applyOverrides(input: unknown, overrides: readonly Override[]): unknown {
  const copy = structuredClone(input) as Record<string, unknown>;
  for (const o of overrides) {
    let node: unknown = copy;
    o.path.forEach((key, i) => {
      const container = node as Record<string, unknown> | unknown[];
      const last = i === o.path.length - 1;
      const exists =
        container !== null &&
        typeof container === 'object' &&
        (Array.isArray(container)
          ? /^\d+$/.test(key) && Number(key) < container.length
          : Object.hasOwn(container, key));
      // Records keyed by product may gain a key: `products.persimmon={…}`, `….growers.grape=0.02`.
      const addsKey = last && (o.path[i - 1] === 'products' || o.path[i - 1] === 'growers');
      if (!exists && !addsKey)
        throw new DomainError('validation.unknown_field', { keys: o.path.slice(0, i + 1).join('.') }, o.path);
      if (last) (container as Record<string, unknown>)[key] = o.value;
      else node = (container as Record<string, unknown>)[key];
    });
  }
  return copy;
}
