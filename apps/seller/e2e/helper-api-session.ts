/**
 * Calls the running server's API from a test as a person would through the app, without a browser: sign in,
 * keep the session cookie, call queries and mutations. Plain JSON (the API has no data transformer).
 */
export interface ApiSession {
  query<T>(procedure: string, input?: unknown): Promise<T>;
  mutate<T>(procedure: string, input: unknown): Promise<T>;
}

interface TrpcReply<T> {
  readonly result?: { readonly data: T };
  readonly error?: { readonly message: string; readonly data?: { readonly code?: string } };
}

async function reply<T>(response: Response, procedure: string): Promise<T> {
  const body = (await response.json()) as TrpcReply<T>;
  if (!response.ok || !body.result) {
    throw new Error(
      `${procedure}: ${response.status} ${body.error?.data?.code ?? ''} ${body.error?.message ?? ''}`,
    );
  }
  return body.result.data;
}

/** A new buyer account (public sign-up); returns its user id. */
export async function signUpBuyer(
  baseUrl: string,
  input: { phone: string; password: string; displayName: string },
): Promise<string> {
  const response = await fetch(`${baseUrl}/trpc/auth.register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ kind: 'buyer', ...input }),
  });
  const { user } = await reply<{ user: { id: string } }>(response, 'auth.register');
  return user.id;
}

/** Signs in with phone and password; throws with the server's code when the server refuses. */
export async function signInToApi(baseUrl: string, phone: string, password: string): Promise<ApiSession> {
  const login = await fetch(`${baseUrl}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ phone, password }),
  });
  await reply(login, 'auth.login');
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return {
    async query<T>(procedure: string, input: unknown = {}) {
      const url = `${baseUrl}/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`;
      return reply<T>(await fetch(url, { headers: { cookie } }), procedure);
    },
    async mutate<T>(procedure: string, input: unknown) {
      const response = await fetch(`${baseUrl}/trpc/${procedure}`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json' },
        body: JSON.stringify(input),
      });
      return reply<T>(response, procedure);
    },
  };
}
