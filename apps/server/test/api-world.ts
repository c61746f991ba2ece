/**
 * The world the API's cross-cutting tests act in (the authorization matrix, the bad-input sweep): one of each kind
 * of caller, a household with a shop, a listing and a helper, and for every procedure that is not public who may
 * call it and a valid input for it, made fresh where a call uses something up.
 */
import { appRouter } from '@nongsan/api';
import {
  type AppClient,
  NEIGHBOUR_COMMUNE_CODE,
  type Person,
  TEST_COMMUNE_CODE,
  TEST_SEPAY_API_KEY,
  TEST_VILLAGE_ID,
  type TestServer,
  testPhone,
} from './harness.ts';
import { openShopWithListing, placeRequest } from './order-fixtures.ts';

export const CALLERS = [
  'anonymous',
  'buyer',
  'otherBuyer',
  'owner',
  'otherSeller',
  'helper',
  'otherHelper',
  'official',
  'otherOfficial',
  'provinceOfficial',
] as const;
export type Caller = (typeof CALLERS)[number];
export type Outcome = 'ok' | 'UNAUTHORIZED' | 'FORBIDDEN' | 'NOT_FOUND';

/** The people of the world every row is tried against. */
export interface World {
  readonly server: TestServer;
  readonly official: Person;
  /** An official of the neighbouring commune (xã Hưng Vũ), and the province's official. */
  readonly otherOfficial: Person;
  readonly provinceOfficial: Person;
  /** The household whose things the rows act on (`owner`), its shop and a listing on sale. */
  readonly owner: Person;
  readonly householdId: string;
  readonly listingId: string;
  /** The helper assigned to the owner's household, and one who is not (they have the other household). */
  readonly helper: Person;
  readonly otherHelper: Person;
  /** Another household with its own shop and listing, assigned to `otherHelper`. */
  readonly otherSeller: Person;
  readonly otherHouseholdId: string;
  /** The buyer of the orders the rows act on, and one who is not. */
  readonly buyer: Person;
  readonly otherBuyer: Person;
}

/** What a row acts on: the input of the call, made anew after every call that was allowed to change things. */
export type Prepare = (world: World) => Promise<Record<string, unknown>>;

export interface Row {
  readonly prepare: Prepare;
  /** Who is allowed; everybody else is refused (signed out: UNAUTHORIZED, signed in: FORBIDDEN). */
  readonly allowed: readonly Caller[];
  /** Refusals other than FORBIDDEN, by caller. */
  readonly refused?: Partial<Record<Caller, Outcome>>;
  /** Acts on the caller's own login (its devices for push alerts), not on a household: no helper acts for it. */
  readonly ownLogin?: true;
  /**
   * Moderation (hiding an abusive review): a tech-team helper or an official acts for the commune, not for a
   * household, so the rule that a household's helper reaches only its own households does not apply.
   */
  readonly moderates?: true;
}

/**
 * A buyer who is not party to an order is told it does not exist (order ids are not guessable, and whether an id
 * is somebody's order is nobody else's business); a household naming another household is FORBIDDEN.
 */
export const NOT_THEIR_ORDER: Partial<Record<Caller, Outcome>> = { otherBuyer: 'NOT_FOUND' };

const NO_INPUT: Prepare = async () => ({});

/** Procedures anyone may call, signed in or not (they are about the caller alone), with a valid input. */
export const PUBLIC_MUTATIONS: Record<string, Prepare> = {
  'auth.register': async () => ({
    kind: 'buyer',
    phone: testPhone(),
    password: 'mat-khau-mua-1',
    displayName: 'Đinh Thị Mai',
  }),
  'auth.login': async (w) => ({ phone: w.otherBuyer.phone, password: w.otherBuyer.password }),
  'auth.logout': NO_INPUT,
};

export const SHOP_SIDE: readonly Caller[] = ['owner', 'helper'];

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

/** An order delivered to the world's buyer (cash at the door: completed). */
async function deliveredOrder(world: World) {
  const ref = await handedOverOrder(world);
  await world.buyer.client.orders.markDelivered.mutate({ orderId: ref.orderId });
  return ref;
}

/** A 1×1 PNG: the upload route checks the bytes, not the name. */
export const ONE_PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** `POST /photos` with one file, as the apps send it. */
export function uploadPhoto(
  person: Person,
  bytes: Uint8Array = ONE_PIXEL_PNG,
  name = 'qua.png',
  type = 'image/png',
) {
  const form = new FormData();
  form.append('file', new Blob([bytes], { type }), name);
  return person.fetch('/photos', { method: 'POST', body: form });
}

/** A photo the person uploaded (a buyer's waits, unserved, until attached): its key. */
export async function uploadedPhotoKey(person: Person): Promise<string> {
  const response = await uploadPhoto(person);
  if (response.status !== 201) throw new Error(`photo upload answered ${response.status}`);
  return ((await response.json()) as { key: string }).key;
}

/** A delivered order the world's buyer has reviewed. */
async function reviewedOrder(world: World) {
  const ref = await deliveredOrder(world);
  await world.buyer.client.reviews.create.mutate({ orderId: ref.orderId, rating: 2, comment: 'Quả hơi dập' });
  return ref;
}

/** A delivered cash order of the world's buyer with a complaint (damaged, with a photo) waiting for the shop. */
async function complainedOrder(world: World) {
  const ref = await deliveredOrder(world);
  await world.buyer.client.complaints.file.mutate({
    orderId: ref.orderId,
    complaint: { kind: 'damaged', note: 'Ba quả bị dập', photos: [await uploadedPhotoKey(world.buyer)] },
  });
  return ref;
}

/** A complaint the shop accepted with a refund of 10.000 ₫ (cash), not yet paid. */
async function refundDue(world: World) {
  const ref = await complainedOrder(world);
  await world.owner.client.complaints.accept.mutate({ ...ref, amount: 10_000 });
  return ref;
}

/** A bank-transfer order, paid, delivered, its complaint accepted with a refund by transfer to the buyer's account. */
async function transferRefundDue(world: World) {
  const ref = await placedOrder(world, 'bank_transfer');
  await world.owner.client.orders.markPaid.mutate(ref);
  await world.owner.client.orders.confirm.mutate(ref);
  await world.owner.client.orders.handOver.mutate({ ...ref, trackingCode: 'VTP123456789' });
  await world.buyer.client.orders.markDelivered.mutate({ orderId: ref.orderId });
  await world.buyer.client.complaints.file.mutate({
    orderId: ref.orderId,
    complaint: {
      kind: 'short_weight',
      note: 'Cân được 1,7 kg',
      refundAccount: { bin: '970405', accountNumber: '4321098765', holderName: 'NGUYEN THI LAN' },
    },
  });
  await world.owner.client.complaints.accept.mutate({ ...ref, amount: 8_400 });
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

/** The owner's bank account (the world's `1234567890`), linked to the bank-notification service. */
async function ownerBankAccount(world: World): Promise<string> {
  const accounts = await world.owner.client.households.paymentAccounts.query({});
  const bank = accounts.find((a) => a.kind === 'bank');
  if (!bank) throw new Error('the owner has no bank account');
  if (!bank.bankFeed)
    await world.owner.client.payments.linkBankFeed.mutate({ accountId: bank.id, linked: true });
  return bank.id;
}

let notificationId = 900_000;

/** A transfer to the owner's linked account that names no order: kept for the owner to settle by hand. */
async function keptTransfer(world: World) {
  await ownerBankAccount(world);
  notificationId += 1;
  const response = await fetch(`${world.server.url}/webhooks/sepay`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Apikey ${TEST_SEPAY_API_KEY}` },
    body: JSON.stringify({
      id: notificationId,
      gateway: 'Vietcombank',
      transactionDate: '2025-06-15 08:30:00',
      accountNumber: '1234567890',
      code: null,
      content: 'tien thanh long',
      transferType: 'in',
      transferAmount: 56_000,
      referenceCode: `FT${notificationId}`,
    }),
  });
  const { transferId } = (await response.json()) as { transferId: string };
  return { householdId: world.householdId, transferId, note: 'Đã gọi lại cho khách' };
}

const listingInput = {
  productId: 'dragon-fruit',
  title: 'Thanh long ruột đỏ loại 1',
  unitPrice: 29_000,
  stock: 30_000,
  minOrder: 1_000,
} as const;

export const MUTATIONS: Record<string, Row> = {
  'admin.appoint': {
    // The neighbouring commune's official may not appoint in this commune's village.
    allowed: ['official', 'provinceOfficial'],
    prepare: async (w) => ({
      userId: (await w.server.registerBuyer()).user?.id,
      role: 'helper',
      villageId: TEST_VILLAGE_ID,
    }),
  },
  'admin.addVillage': {
    // Within reach only: the neighbouring commune's official may not add a village to this commune.
    allowed: ['official', 'provinceOfficial'],
    prepare: async () => ({ communeCode: TEST_COMMUNE_CODE, name: `Thôn mới ${testPhone()}` }),
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
    allowed: ['official', 'provinceOfficial'],
    prepare: async (w) => ({ householdId: await freshHousehold(w), helperId: w.otherHelper.user?.id }),
  },
  'shop.open': {
    allowed: ['helper'],
    // The owner's own shop is open already; a helper opens one for a household of theirs that has none.
    prepare: async (w) => ({ householdId: await freshHousehold(w), name: 'Vườn nhà Bảy' }),
  },
  'push.subscribe': {
    allowed: ['owner', 'otherSeller', 'helper', 'otherHelper'],
    ownLogin: true,
    prepare: async () => ({
      endpoint: `https://push.example/${testPhone()}`,
      keys: { p256dh: `B${'A'.repeat(86)}`, auth: 'A'.repeat(22) },
    }),
  },
  'push.unsubscribe': {
    allowed: ['owner', 'otherSeller', 'helper', 'otherHelper'],
    ownLogin: true,
    prepare: async () => ({ endpoint: 'https://push.example/none' }),
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
  'listings.setStock': {
    allowed: SHOP_SIDE,
    prepare: async (w) => ({
      householdId: w.householdId,
      listingId: (await w.owner.client.listings.create.mutate({ listing: listingInput, publish: true })).id,
      stock: 35_000,
      expectedStock: listingInput.stock,
      idempotencyKey: `phone-stock-${testPhone()}`,
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
  'payments.linkBankFeed': {
    allowed: SHOP_SIDE,
    prepare: async (w) => ({
      householdId: w.householdId,
      accountId: await ownerBankAccount(w),
      linked: true,
    }),
  },
  'payments.settleTransfer': { allowed: SHOP_SIDE, prepare: keptTransfer },
  'reviews.create': {
    allowed: ['buyer'],
    refused: NOT_THEIR_ORDER,
    prepare: async (w) => ({
      orderId: (await deliveredOrder(w)).orderId,
      rating: 5,
      comment: 'Thanh long ngọt, giao nhanh',
      photo: await uploadedPhotoKey(w.buyer),
    }),
  },
  'reviews.answer': {
    allowed: SHOP_SIDE,
    prepare: async (w) => ({ ...(await reviewedOrder(w)), answer: 'Cảm ơn chị, lần sau em chọn kỹ hơn' }),
  },
  'reviews.hide': {
    moderates: true,
    // The shop's commune's helpers and official, and the province's official: not the neighbouring commune's.
    allowed: ['helper', 'otherHelper', 'official', 'provinceOfficial'],
    prepare: async (w) => ({ orderId: (await reviewedOrder(w)).orderId, reason: 'Lời lẽ xúc phạm' }),
  },
  'complaints.file': {
    allowed: ['buyer'],
    refused: NOT_THEIR_ORDER,
    prepare: async (w) => ({
      orderId: (await deliveredOrder(w)).orderId,
      complaint: { kind: 'damaged', note: 'Ba quả bị dập', photos: [await uploadedPhotoKey(w.buyer)] },
    }),
  },
  'complaints.accept': {
    allowed: SHOP_SIDE,
    prepare: async (w) => ({ ...(await complainedOrder(w)), amount: 20_000 }),
  },
  'complaints.decline': {
    allowed: SHOP_SIDE,
    prepare: async (w) => ({ ...(await complainedOrder(w)), reason: 'Hàng gửi đi còn nguyên' }),
  },
  'complaints.markRefundPaid': { allowed: SHOP_SIDE, prepare: refundDue },
  'orders.changePaymentMethod': {
    allowed: ['buyer'],
    refused: NOT_THEIR_ORDER,
    prepare: async (w) => ({ orderId: (await placedOrder(w)).orderId, paymentMethod: 'bank_transfer' }),
  },
};

export type Kind = 'query' | 'mutation';

export function procedurePaths(kind: Kind): string[] {
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
export function callProcedure(client: AppClient, kind: Kind, path: string, input: unknown): Promise<unknown> {
  const [area = '', name = ''] = path.split('.');
  const procedure = (client as unknown as Record<string, Record<string, ClientProcedure>>)[area]?.[name];
  if (!procedure) throw new Error(`no procedure ${path}`);
  return kind === 'query' ? procedure.query(input) : procedure.mutate(input);
}

export function personFor(world: World, caller: Caller): Person {
  return caller === 'anonymous' ? world.server.person() : world[caller];
}

export async function buildWorld(server: TestServer): Promise<World> {
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
  const otherHouseholdId = otherSeller.user?.householdId ?? '';
  await official.client.households.assignHelper.mutate({
    householdId: otherHouseholdId,
    helperId: otherHelper.user?.id ?? '',
  });
  return {
    server,
    official,
    owner,
    householdId,
    listingId: listing.id,
    helper,
    otherHelper,
    otherSeller,
    otherHouseholdId,
    otherOfficial: await server.createOfficial('Hoàng Thị Hạnh', { communeCode: NEIGHBOUR_COMMUNE_CODE }),
    provinceOfficial: await server.createOfficial('Nông Văn Tuấn', { provinceCode: '20' }),
    buyer: await server.registerBuyer('Nguyễn Thị Lan'),
    otherBuyer: await server.registerBuyer('Trần Văn Bình'),
  };
}

/** Reads anyone may make (the catalogue, the places, what is on sale, who the caller is), with a valid input. */
export const PUBLIC_QUERIES: Record<string, Prepare> = {
  'auth.me': NO_INPUT,
  'catalog.products': NO_INPUT,
  'catalog.seasons': NO_INPUT,
  'places.villages': NO_INPUT,
  'places.communes': NO_INPUT,
  'shop.get': async (w) => ({ shopId: w.householdId }),
  'shop.storefront': async (w) => ({ shopId: w.householdId }),
  'push.publicKey': NO_INPUT,
  'listings.search': async () => ({
    query: 'thanh long',
    productId: 'dragon-fruit',
    villageId: TEST_VILLAGE_ID,
    inSeasonNow: true,
    minPrice: 10_000,
    maxPrice: 50_000,
    page: 1,
    pageSize: 10,
  }),
  'listings.get': async (w) => ({ listingId: w.listingId }),
  'listings.origin': async (w) => ({ listingId: w.listingId }),
  'reviews.forShop': async (w) => ({ shopId: w.householdId }),
  'reviews.ratings': async (w) => ({ shopIds: [w.householdId, w.otherHouseholdId] }),
};

/**
 * A paged list's input past its first page: a cursor as a previous page would end with (a time and an id, in the
 * one cursor format) and a page size. The bad-input sweep spoils both.
 */
export const A_PAGE = {
  cursor: Buffer.from(JSON.stringify(['2099-01-01T00:00:00.000Z', 'zzz']), 'utf8').toString('base64url'),
  limit: 10,
};

/** Who oversees the test commune: its tech teams' helpers, its official, the province's official. */
const OVERSEERS: readonly Caller[] = ['helper', 'otherHelper', 'official', 'provinceOfficial'];

/** Reads of what is somebody's own: their orders, their household's accounts, log, sales and inbox. */
export const PRIVATE_QUERIES: Record<string, Row> = {
  'auth.whoami': {
    allowed: [
      'buyer',
      'otherBuyer',
      'owner',
      'otherSeller',
      'helper',
      'otherHelper',
      'official',
      'otherOfficial',
      'provinceOfficial',
    ],
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
  'households.activity': {
    allowed: SHOP_SIDE,
    prepare: async (w) => ({ householdId: w.householdId, ...A_PAGE }),
  },
  'listings.mine': { allowed: SHOP_SIDE, prepare: async (w) => ({ householdId: w.householdId, ...A_PAGE }) },
  'orders.mine': { allowed: ['buyer', 'otherBuyer'], prepare: async () => ({ ...A_PAGE }) },
  'orders.get': { allowed: ['buyer', ...SHOP_SIDE], refused: NOT_THEIR_ORDER, prepare: placedOrder },
  'orders.inbox': { allowed: SHOP_SIDE, prepare: async (w) => ({ householdId: w.householdId, ...A_PAGE }) },
  'orders.inboxVersion': { allowed: SHOP_SIDE, prepare: async (w) => ({ householdId: w.householdId }) },
  'payments.vietQr': {
    allowed: ['buyer', ...SHOP_SIDE],
    refused: NOT_THEIR_ORDER,
    prepare: (w) => placedOrder(w, 'bank_transfer'),
  },
  'payments.eWallet': {
    allowed: ['buyer', ...SHOP_SIDE],
    refused: NOT_THEIR_ORDER,
    prepare: async (w) => {
      await w.owner.client.households.addPaymentAccount.mutate({
        account: { kind: 'e_wallet', provider: 'viettel_money', phone: testPhone() },
      });
      return placedOrder(w, 'e_wallet');
    },
  },
  'reviews.ofOrder': { allowed: ['buyer', ...SHOP_SIDE], refused: NOT_THEIR_ORDER, prepare: reviewedOrder },
  'complaints.ofOrder': {
    allowed: ['buyer', ...SHOP_SIDE],
    refused: NOT_THEIR_ORDER,
    prepare: complainedOrder,
  },
  'complaints.refundQr': { allowed: SHOP_SIDE, prepare: transferRefundDue },
  'complaints.inbox': { allowed: SHOP_SIDE, prepare: async (w) => ({ householdId: w.householdId }) },
  // The tech team's list of escalated complaints: each helper sees their own village's.
  'complaints.escalated': { allowed: ['helper', 'otherHelper'], prepare: async () => ({}) },
  'payments.transfers': { allowed: SHOP_SIDE, prepare: async (w) => ({ householdId: w.householdId }) },
  'stats.sales': { allowed: SHOP_SIDE, prepare: async (w) => ({ householdId: w.householdId }) },
  // A commune's figures: its officials and tech teams, and the province's official; not the neighbouring commune's.
  'commune.list': { allowed: [...OVERSEERS, 'otherOfficial'], prepare: async () => ({}) },
  'commune.stats': { allowed: OVERSEERS, prepare: async () => ({ communeCode: TEST_COMMUNE_CODE }) },
  'commune.timeseries': { allowed: OVERSEERS, prepare: async () => ({ communeCode: TEST_COMMUNE_CODE }) },
  'province.overview': { allowed: ['provinceOfficial'], prepare: async () => ({}) },
  // A commune's latest reviews, for those who may hide one: not the neighbouring commune's official.
  'reviews.ofCommune': {
    allowed: OVERSEERS,
    prepare: async () => ({ communeCode: TEST_COMMUNE_CODE, ...A_PAGE }),
  },
  'commune.village': { allowed: OVERSEERS, prepare: async () => ({ villageId: TEST_VILLAGE_ID, ...A_PAGE }) },
};
