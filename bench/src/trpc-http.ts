/**
 * Calls the server's tRPC procedures over plain HTTP (no batching, no transformer: JSON in, `{result: {data}}`
 * out), carrying a buyer's or seller's session cookie. Enough for setting up a benchmark; the load itself goes
 * through autocannon.
 */

export interface Session {
  /** The `Cookie` header this person sends. */
  readonly cookie: string;
}

function cookieHeader(response: Response, before = ''): string {
  const jar = new Map(
    before
      .split('; ')
      .filter(Boolean)
      .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)] as const),
  );
  for (const line of response.headers.getSetCookie()) {
    const pair = line.split(';')[0] ?? '';
    jar.set(pair.slice(0, pair.indexOf('=')).trim(), pair.slice(pair.indexOf('=') + 1).trim());
  }
  return [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
}

async function data<T>(path: string, response: Response): Promise<T> {
  const text = await response.text();
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${text.slice(0, 500)}`);
  return (JSON.parse(text) as { result: { data: T } }).result.data;
}

/** A mutation; resolves with its data and the cookies after it (a sign-in sets the session cookie). */
export async function mutate<T>(
  baseUrl: string,
  path: string,
  input: unknown,
  session?: Session,
): Promise<{ data: T; session: Session }> {
  const response = await fetch(`${baseUrl}/trpc/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(session ? { cookie: session.cookie } : {}) },
    body: JSON.stringify(input),
  });
  return {
    data: await data<T>(path, response),
    session: { cookie: cookieHeader(response, session?.cookie) },
  };
}

/** The URL path (and query) of a tRPC query with `input`. */
export function queryPath(path: string, input: unknown): string {
  return `/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`;
}
