import { describe, expect, it } from 'vitest';
import { CookieJar, fetchWithCookies } from './cookie-jar.ts';

const answer = (...setCookies: string[]) => {
  const headers = new Headers();
  for (const line of setCookies) headers.append('set-cookie', line);
  return new Response(null, { headers });
};

describe('the cookie jar', () => {
  it('keeps what the server sets and sends it back', () => {
    const jar = new CookieJar();
    jar.take(answer('nongsan_session=abc.def; Path=/; HttpOnly; SameSite=Lax', 'other=1; Max-Age=60'));
    expect(jar.header()).toBe('nongsan_session=abc.def; other=1');
  });

  it('forgets a cookie the server clears, by an empty value, Max-Age=0 or an Expires in the past', () => {
    const jar = new CookieJar();
    jar.take(answer('a=1', 'b=2', 'c=3'));
    jar.take(answer('a=; Path=/', 'b=2; Max-Age=0', 'c=3; Expires=Thu, 01 Jan 1970 00:00:00 GMT'));
    expect(jar.header()).toBe('');
  });

  it('sends the cookies on every request made through its fetch, and keeps the answers’ new ones', async () => {
    const jar = new CookieJar();
    jar.take(answer('session=first'));
    const sent: (string | null)[] = [];
    const send = fetchWithCookies(jar, async (_input, init) => {
      sent.push(new Headers(init?.headers).get('cookie'));
      return answer('session=second');
    });
    await send('http://server.test/one');
    await send('http://server.test/two');
    expect(sent).toEqual(['session=first', 'session=second']);
  });
});
