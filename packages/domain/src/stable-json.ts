/**
 * JSON with object keys sorted and undefined fields left out: the same value always gives the same text, whatever
 * order its fields were built or sent in. What "the same checkout" means for an idempotency key (the buyer app keeps
 * a key per body; the server refuses a key sent again with another body).
 */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
