/** The cookies one client holds, as a browser would keep them: set by `Set-Cookie`, gone when expired or emptied. */
export class CookieJar {
  readonly cookies = new Map<string, string>();

  /** The `Cookie` header to send ('' when the jar is empty). */
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  /** Keeps what the response's `Set-Cookie` headers set, and drops what they clear (empty, expired, Max-Age=0). */
  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some((a) => {
        const [key = '', v = ''] = a.trim().split('=');
        return (
          (key.toLowerCase() === 'expires' && new Date(v).getTime() <= Date.now()) ||
          (key.toLowerCase() === 'max-age' && Number(v) <= 0)
        );
      });
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}

/** `fetch` (by default the global one) that sends the jar's cookies and keeps the ones the server sets. */
export function fetchWithCookies(cookies: CookieJar, baseFetch: typeof fetch = fetch): typeof fetch {
  return async (input, init) => {
    const headers = new Headers(init?.headers);
    const cookie = cookies.header();
    if (cookie) headers.set('cookie', cookie);
    const response = await baseFetch(input, { ...init, headers });
    cookies.take(response);
    return response;
  };
}
