export { type ApiClient, type ApiClientOptions, apiClientAt } from './api-client.ts';
export { CookieJar, fetchWithCookies } from './cookie-jar.ts';
