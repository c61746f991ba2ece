/**
 * Waits until a server has finished what the last load left it: a search of the province can take a second, and
 * 32 clients leave up to 32 of them queued behind one event loop (better-sqlite3 answers synchronously), which would
 * otherwise be counted against the next run (its ceiling's, say). Idle = `/healthz` answered within `quickMs`.
 */
export async function untilIdle(
  url: string,
  options: { quickMs?: number; timeoutMs?: number } = {},
): Promise<number> {
  const quickMs = options.quickMs ?? 100;
  const started = performance.now();
  const deadline = started + (options.timeoutMs ?? 300_000);
  for (;;) {
    const asked = performance.now();
    const response = await fetch(`${url}/healthz`);
    await response.arrayBuffer();
    if (performance.now() - asked < quickMs) return performance.now() - started;
    if (performance.now() > deadline)
      throw new Error(`${url} stayed busy for ${options.timeoutMs ?? 300_000} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
