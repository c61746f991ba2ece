import { type ApiClient, apiClientAt } from '@nongsan/api-client';
import { TRPCClientError } from '@trpc/client';
import type { Page } from 'playwright-core';

/**
 * The set-up the browser tests share: people made and signed in through the real API (node only, typed, each with
 * their own session cookie), and signing in on a page the way a person does.
 */

/** What the fixtures need of a running server (a `RunningServer` is one). */
export interface DemoServer {
  readonly baseUrl: string;
  readonly demoPassword: string;
  readonly demoLogins: Readonly<Partial<Record<'official', { readonly phone: string }>>>;
}

export interface NewPerson {
  readonly phone: string;
  readonly password: string;
  readonly displayName: string;
}

/** A new buyer account, signed up as anyone can: its signed-in client and user id. */
export async function signUpBuyer(
  baseUrl: string,
  person: NewPerson,
): Promise<{ client: ApiClient; userId: string }> {
  const client = apiClientAt(baseUrl);
  const { user } = await client.auth.register.mutate({ kind: 'buyer', ...person });
  return { client, userId: user.id };
}

/**
 * Signs in with phone and password; when the server refuses, rejects with an error naming the HTTP status and
 * tRPC code (`auth.login: 401 UNAUTHORIZED …`).
 */
export async function signInToApi(baseUrl: string, phone: string, password: string): Promise<ApiClient> {
  const client = apiClientAt(baseUrl);
  try {
    await client.auth.login.mutate({ phone, password });
  } catch (error) {
    if (!(error instanceof TRPCClientError)) throw error;
    const data = error.data as { httpStatus?: number; code?: string } | undefined;
    throw new Error(`auth.login: ${data?.httpStatus ?? ''} ${data?.code ?? ''} ${error.message}`, {
      cause: error,
    });
  }
  return client;
}

/** The demo commune's official, signed in (every demo login has the printed password). */
export async function signInAsOfficial(server: DemoServer): Promise<ApiClient> {
  const official = server.demoLogins.official;
  if (!official) throw new Error('the server printed no demo official login');
  return signInToApi(server.baseUrl, official.phone, server.demoPassword);
}

/**
 * A new login made a helper by the demo official, in the first village whose tech team has room for one more
 * member (the demo's teams are mostly full). Returns the helper's user id and village.
 */
export async function appointNewHelper(
  server: DemoServer,
  person: NewPerson,
): Promise<{ userId: string; villageId: string }> {
  const { userId } = await signUpBuyer(server.baseUrl, person);
  const official = await signInAsOfficial(server);
  const refusals: string[] = [];
  for (const { villageId } of await official.commune.stats.query()) {
    try {
      await official.admin.appoint.mutate({ userId, role: 'helper', villageId, teamRole: 'Tổ viên' });
      return { userId, villageId };
    } catch (error) {
      refusals.push(String(error));
    }
  }
  throw new Error(`no village's team took a new member: ${refusals.join('; ')}`);
}

/**
 * A household with no shop yet, registered by a newly appointed helper (`appointNewHelper`): both signed in.
 */
export async function newHousehold(
  server: DemoServer,
  people: {
    readonly helper: NewPerson;
    readonly household: { head: string; phone: string; password: string };
  },
): Promise<{ household: ApiClient; helper: ApiClient }> {
  await appointNewHelper(server, people.helper);
  const helper = await signInToApi(server.baseUrl, people.helper.phone, people.helper.password);
  await helper.households.register.mutate(people.household);
  const household = await signInToApi(server.baseUrl, people.household.phone, people.household.password);
  return { household, helper };
}

/** Signs in on an app's page (`${baseUrl}/seller/`) as a person does, starting signed out. */
export async function signInOnPage(
  page: Page,
  appUrl: string,
  phone: string,
  password: string,
): Promise<void> {
  await page.context().clearCookies();
  await page.goto(appUrl);
  await page.getByLabel('Số điện thoại').fill(phone);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}
