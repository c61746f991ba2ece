/**
 * Who may change what: every mutating procedure of the API, called by every kind of caller — signed out, the buyer
 * of the order and another buyer, the household that owns the shop and another household, the helper assigned to
 * that household and another helper, an official. A refused call gets UNAUTHORIZED or FORBIDDEN and changes
 * nothing in the database (a dump before and after); an allowed call succeeds with the very same input, so a
 * refusal is about the caller, never about the input. A mutation added to the router without a row here fails the
 * test.
 */
import { DIALECTS } from '@nongsan/db/testing';
import { describe, expect, it } from 'vitest';
import { appRouter } from '../src/router.ts';
import { failure } from './failure.ts';
import {
  type AppClient,
  type Person,
  TEST_VILLAGE_ID,
  type TestServer,
  testPhone,
  useTestServer,
} from './harness.ts';
import { openShopWithListing, placeRequest } from './order-fixtures.ts';

const CALLERS = [
  'anonymous',
  'buyer',
  'otherBuyer',
  'owner',
  'otherSeller',
  'helper',
  'otherHelper',
  'official',
] as const;
type Caller = (typeof CALLERS)[number];
type Outcome = 'ok' | 'UNAUTHORIZED' | 'FORBIDDEN' | 'NOT_FOUND';

/** The people of the world every row is tried against. */
interface World {
  readonly server: TestServer;
  readonly official: Person;
  /** The household whose things the rows act on (`owner`), its shop and a listing on sale. */
  readonly owner: Person;
  readonly householdId: string;
  readonly listingId: string;
  /** The helper assigned to the owner's household, and one who is not. */
  readonly helper: Person;
  readonly otherHelper: Person;
  readonly otherSeller: Person;
  /** The buyer of the orders the rows act on, and one who is not. */
  readonly buyer: Person;
  readonly otherBuyer: Person;
}

/** What a row acts on: the input of the call, made anew after every call that was allowed to change things. */
type Prepare = (world: World) => Promise<Record<string, unknown>>;

interface Row {
  readonly prepare: Prepare;
  /** Who is allowed; everybody else is refused (signed out: UNAUTHORIZED, signed in: FORBIDDEN). */
  readonly allowed: readonly Caller[];
  /** Refusals other than FORBIDDEN, by caller. */
  readonly refused?: Partial<Record<Caller, Outcome>>;
}

/**
 * A buyer who is not party to an order is told it does not exist (order ids are not guessable, and whether an id
 * is somebody's order is nobody else's business); a household naming another household is FORBIDDEN.
 */
const NOT_THEIR_ORDER: Partial<Record<Caller, Outcome>> = { otherBuyer: 'NOT_FOUND' };

/** Procedures anyone may call, signed in or not: they are about the caller alone. */
const PUBLIC_MUTATIONS = ['auth.register', 'auth.login', 'auth.logout'];

const SHOP_SIDE: readonly Caller[] = ['owner', 'helper'];

async function placedOrder(world: World, paymentMethod = 'cash_on_delivery') {
  const { orders } = await world.buyer.client.orders.place.mutate({
    ...placeRequest(world.listingId, 2_000),
    paymentMethod: paymentMethod as 'cash_on_delivery',
  });
  const order = orders[0];
  if (!order) throw new Error('no order placed');
  return { orderId: order.id, householdId: world.householdId };
}

async function confirmedOrder(world: World) {
  const ref = await placedOrder(world);
  await world.owner.client.orders.confirm.mutate(ref);
  return ref;
}

async function handedOverOrder(world: World) {
  const ref = await confirmedOrder(world);
  await world.owner.client.orders.handOver.mutate({ ...ref, trackingCode: 'VTP123456789' });
  return ref;
}

/** A new household in the owner's village, assigned to the world's helper (for steps a household takes once). */
async function freshHousehold(world: World): Promise<string> {
  const household = await world.server.registerHousehold();
  const householdId = household.user?.householdId ?? '';
  await world.official.client.households.assignHelper.mutate({
    householdId,
    helperId: world.helper.user?.id ?? '',
  });
  return householdId;
}

const listingInput = {
  productId: 'dragon-fruit',
  title: 'Thanh long ruột đỏ loại 1',
  unitPrice: 29_000,
  stock: 30_000,
  minOrder: 1_000,
} as const;

const ROWS: Record<string, Row> = {
  'admin.appoint': {
    allowed: ['official'],
    prepare: async (w) => ({
      userId: (await w.server.registerBuyer()).user?.id,
      role: 'helper',
      villageId: TEST_VILLAGE_ID,
    }),
  },
  'households.register': {
    allowed: ['helper', 'otherHelper'],
    prepare: async () => ({ head: 'Lộc Văn Bảy', phone: testPhone(), password: 'mat-khau-ho-1' }),
  },
  'households.resetPassword': {
    allowed: ['helper'],
    // Another household of the helper's: a reset signs the household out everywhere.
    prepare: async (w) => ({ householdId: await freshHousehold(w), newPassword: 'mat-khau-moi-2' }),
  },
  'households.addPaymentAccount': {
    allowed: SHOP_SIDE,
    prepare: async (w) => ({
      householdId: w.householdId,
      account: { kind: 'e_wallet', provider: 'viettel_money', phone: testPhone() },
    }),
  },
  'households.assignHelper': {
    allowed: ['official'],
    prepare: async (w) => ({ householdId: await freshHousehold(w), helperId: w.otherHelper.user?.id }),
  },
  'shop.open': {
    allowed: ['helper'],
    // The owner's own shop is open already; a helper opens one for a household of theirs that has none.
    prepare: async (w) => ({ householdId: await freshHousehold(w), name: 'Vườn nhà Bảy' }),
  },
  'shop.update': {
    allowed: SHOP_SIDE,
    prepare: async (w) => ({ householdId: w.householdId, description: `Thanh long sạch ${testPhone()}` }),
  },
  'listings.create': {
    allowed: SHOP_SIDE,
    prepare: async (w) => ({ householdId: w.householdId, listing: listingInput, publish: true }),
  },
  'listings.update': {
    allowed: SHOP_SIDE,
    prepare: async (w) => ({
      householdId: w.householdId,
      listingId: (await w.owner.client.listings.create.mutate({ listing: listingInput, publish: true })).id,
      listing: { ...listingInput, unitPrice: 30_000 },
    }),
  },
  'listings.setStatus': {
    allowed: SHOP_SIDE,
    prepare: async (w) => ({
      householdId: w.householdId,
      listingId: (await w.owner.client.listings.create.mutate({ listing: listingInput, publish: true })).id,
      action: 'pause',
    }),
  },
  'orders.place': {
    allowed: ['buyer', 'otherBuyer'],
    prepare: async (w) => placeRequest(w.listingId, 1_000),
  },
  'orders.confirm': { allowed: SHOP_SIDE, prepare: placedOrder },
  'orders.handOver': {
    allowed: SHOP_SIDE,
    prepare: async (w) => ({ ...(await confirmedOrder(w)), trackingCode: 'VTP987654321' }),
  },
  'orders.markDelivered': {
    allowed: ['buyer', ...SHOP_SIDE],
    refused: NOT_THEIR_ORDER,
    prepare: handedOverOrder,
  },
  'orders.markDeliveryFailed': {
    allowed: SHOP_SIDE,
    prepare: async (w) => ({ ...(await handedOverOrder(w)), reason: 'Không liên lạc được người nhận' }),
  },
  'orders.cancel': {
    allowed: ['buyer', ...SHOP_SIDE],
    refused: NOT_THEIR_ORDER,
    prepare: async (w) => ({ ...(await placedOrder(w)), reason: 'Đặt nhầm số lượng' }),
  },
  'orders.adjustWeight': {
    allowed: SHOP_SIDE,
    prepare: async (w) => ({ ...(await confirmedOrder(w)), lineIndex: 0, packedQuantity: 2_100 }),
  },
  'orders.markPaid': {
    allowed: SHOP_SIDE,
    prepare: async (w) => placedOrder(w, 'bank_transfer'),
  },
};

type Kind = 'query' | 'mutation';

function procedurePaths(kind: Kind): string[] {
  return Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>)
    .filter(([, procedure]) => procedure._def.type === kind)
    .map(([path]) => path)
    .sort();
}

interface ClientProcedure {
  query(input: unknown): Promise<unknown>;
  mutate(input: unknown): Promise<unknown>;
}

/** Calls `path` (e.g. `orders.confirm`) on a client, as the apps would. */
function callProcedure(client: AppClient, kind: Kind, path: string, input: unknown): Promise<unknown> {
  const [area = '', name = ''] = path.split('.');
  const procedure = (client as unknown as Record<string, Record<string, ClientProcedure>>)[area]?.[name];
  if (!procedure) throw new Error(`no procedure ${path}`);
  return kind === 'query' ? procedure.query(input) : procedure.mutate(input);
}

function personFor(world: World, caller: Caller): Person {
  return caller === 'anonymous' ? world.server.person() : world[caller];
}

async function buildWorld(server: TestServer): Promise<World> {
  const official = await server.createOfficial();
  const owner = await server.registerHousehold({ name: 'Hoàng Văn Thắng' });
  const listing = await openShopWithListing(owner.client, 1_000_000);
  await owner.client.households.addPaymentAccount.mutate({
    account: { kind: 'bank', bin: '970405', accountNumber: '1234567890', holderName: 'HOANG VAN THANG' },
  });
  const householdId = owner.user?.householdId ?? '';
  const helper = await server.createHelper({ official, name: 'Lường Văn Nam' });
  await official.client.households.assignHelper.mutate({ householdId, helperId: helper.user?.id ?? '' });
  const otherHelper = await server.createHelper({ official, name: 'Vi Thị Hoa' });
  const otherSeller = await server.registerHousehold({ name: 'Lộc Văn Minh' });
  await openShopWithListing(otherSeller.client, 10_000);
  return {
    server,
    official,
    owner,
    householdId,
    listingId: listing.id,
    helper,
    otherHelper,
    otherSeller,
    buyer: await server.registerBuyer('Nguyễn Thị Lan'),
    otherBuyer: await server.registerBuyer('Trần Văn Bình'),
  };
}

/** Reads anyone may make: the catalogue, the places, what is on sale, and who the caller is. */
const PUBLIC_QUERIES = [
  'auth.me',
  'catalog.products',
  'catalog.seasons',
  'places.villages',
  'shop.get',
  'listings.search',
  'listings.get',
];

/** Reads of what is somebody's own: their orders, their household's accounts, log, sales and inbox. */
const READS: Record<string, Row> = {
  'auth.whoami': {
    allowed: ['buyer', 'otherBuyer', 'owner', 'otherSeller', 'helper', 'otherHelper', 'official'],
    prepare: async () => ({}),
  },
  'households.mine': {
    allowed: ['owner', 'otherSeller', 'helper', 'otherHelper'],
    prepare: async () => ({}),
  },
  'households.paymentAccounts': {
    allowed: SHOP_SIDE,
    prepare: async (w) => ({ householdId: w.householdId }),
  },
  'households.activity': { allowed: SHOP_SIDE, prepare: async (w) => ({ householdId: w.householdId }) },
  'listings.mine': { allowed: SHOP_SIDE, prepare: async (w) => ({ householdId: w.householdId }) },
  'orders.mine': { allowed: ['buyer', 'otherBuyer'], prepare: async () => ({}) },
  'orders.get': { allowed: ['buyer', ...SHOP_SIDE], refused: NOT_THEIR_ORDER, prepare: placedOrder },
  'orders.inbox': { allowed: SHOP_SIDE, prepare: async (w) => ({ householdId: w.householdId }) },
  'orders.inboxVersion': { allowed: SHOP_SIDE, prepare: async (w) => ({ householdId: w.householdId }) },
  'payments.vietQr': {
    allowed: ['buyer', ...SHOP_SIDE],
    refused: NOT_THEIR_ORDER,
    prepare: (w) => placedOrder(w, 'bank_transfer'),
  },
  'stats.sales': { allowed: SHOP_SIDE, prepare: async (w) => ({ householdId: w.householdId }) },
  'commune.stats': { allowed: ['helper', 'otherHelper', 'official'], prepare: async () => ({}) },
  'commune.timeseries': { allowed: ['helper', 'otherHelper', 'official'], prepare: async () => ({}) },
};

describe('the authorization matrix', () => {
  it('has a row for every mutation of the API (a new one must say who may call it)', () => {
    expect(procedurePaths('mutation')).toEqual([...Object.keys(ROWS), ...PUBLIC_MUTATIONS].sort());
  });
  it('has a row for every query that is not public', () => {
    expect(procedurePaths('query')).toEqual([...Object.keys(READS), ...PUBLIC_QUERIES].sort());
  });
});

for (const dialect of DIALECTS) {
  describe(`who may change what (${dialect})`, () => {
    const server = useTestServer(dialect);
    let world: World | undefined;
    const theWorld = async () => {
      world ??= await buildWorld(server.current);
      return world;
    };

    for (const [path, row] of Object.entries(ROWS)) {
      it(`${path}: allowed for ${row.allowed.join(', ')}; refused for everybody else, changing nothing`, async () => {
        const w = await theWorld();
        let input = await row.prepare(w);
        for (const caller of CALLERS) {
          const person = personFor(w, caller);
          const expected: Outcome = row.allowed.includes(caller)
            ? 'ok'
            : caller === 'anonymous'
              ? 'UNAUTHORIZED'
              : (row.refused?.[caller] ?? 'FORBIDDEN');
          if (expected === 'ok') {
            await expect(
              callProcedure(person.client, 'mutation', path, input),
              `${caller} may`,
            ).resolves.toBeDefined();
            input = await row.prepare(w);
            continue;
          }
          const before = await server.current.dbDump();
          const error = await failure(callProcedure(person.client, 'mutation', path, input));
          expect(error.data?.code, `${caller} calling ${path}: ${error.message}`).toBe(expected);
          expect(await server.current.dbDump(), `${caller} calling ${path} changed nothing`).toEqual(before);
        }
      }, 60_000);
    }

    for (const [path, row] of Object.entries(READS)) {
      it(`${path}: shown to ${row.allowed.join(', ')}; to nobody else`, async () => {
        const w = await theWorld();
        const input = await row.prepare(w);
        for (const caller of CALLERS) {
          const call = callProcedure(personFor(w, caller).client, 'query', path, input);
          if (row.allowed.includes(caller)) {
            await expect(call, `${caller} may read`).resolves.toBeDefined();
            continue;
          }
          const error = await failure(call);
          const expected = caller === 'anonymous' ? 'UNAUTHORIZED' : (row.refused?.[caller] ?? 'FORBIDDEN');
          expect(error.data?.code, `${caller} reading ${path}: ${error.message}`).toBe(expected);
        }
      }, 60_000);
    }
  });
}
