import { DIALECTS } from '@nongsan/db/testing';
import { transferPurpose } from '@nongsan/domain';
import { describe, expect, it } from 'vitest';
import { failure } from '../failure.ts';
import { type Person, TEST_SEPAY_API_KEY, type TestServer, useTestServer } from '../harness.ts';
import { openShopWithListing, placeRequest } from '../order-fixtures.ts';

let notificationId = 500_000;
let accountCounter = 0;

/** A SePay notification body (the fields SePay documents) of an incoming transfer to `account`. */
function notification(
  account: string,
  content: string,
  amount: number,
  overrides: Record<string, unknown> = {},
) {
  notificationId += 1;
  return {
    id: notificationId,
    gateway: 'Vietcombank',
    transactionDate: '2025-06-15 08:30:00',
    accountNumber: account,
    code: null,
    content,
    transferType: 'in',
    transferAmount: amount,
    accumulated: 19_077_000,
    subAccount: null,
    referenceCode: `MBVCB.${notificationId}`,
    description: `BankAPINotify ${content}`,
    ...overrides,
  };
}

// biome-ignore lint/suspicious/noExplicitAny: the webhook's JSON answer, read as the test expects it
type Answer = any;

function post(
  server: TestServer,
  body: unknown,
  authorization: string | null = `Apikey ${TEST_SEPAY_API_KEY}`,
) {
  return fetch(`${server.url}/webhooks/sepay`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(authorization === null ? {} : { authorization }),
    },
    body: JSON.stringify(body),
  });
}

/** A household selling dragon fruit, paid to a bank account linked (or not) to the notification service. */
async function shopWithBank(server: TestServer, linked = true) {
  const seller = await server.registerHousehold({ name: 'Hoàng Văn Thắng' });
  const listing = await openShopWithListing(seller.client, 100_000);
  accountCounter += 1;
  const number = `10${String(process.pid % 10_000).padStart(4, '0')}${String(accountCounter).padStart(4, '0')}`;
  const [account] = await seller.client.households.addPaymentAccount.mutate({
    account: { kind: 'bank', bin: '970436', accountNumber: number, holderName: 'HOANG VAN THANG' },
    makeDefault: true,
  });
  if (!account) throw new Error('no account');
  if (linked) await seller.client.payments.linkBankFeed.mutate({ accountId: account.id, linked: true });
  const to = (content: string, amount: number, overrides: Record<string, unknown> = {}) =>
    notification(number, content, amount, overrides);
  return { seller, listingId: listing.id, accountId: account.id, to };
}

async function bankOrder(buyer: Person, listingId: string, grams = 2_000) {
  const { orders } = await buyer.client.orders.place.mutate({
    ...placeRequest(listingId, grams),
    paymentMethod: 'bank_transfer',
  });
  const order = orders[0];
  if (!order) throw new Error('no order');
  return order;
}

for (const dialect of DIALECTS) {
  describe(`transfers confirmed by the bank (${dialect})`, () => {
    const server = useTestServer(dialect);

    it('a notification with the key marks the right order paid by the bank, once, however often it comes', async () => {
      const { seller, listingId, to } = await shopWithBank(server.current);
      const buyer = await server.current.registerBuyer();
      const other = await bankOrder(buyer, listingId, 1_000);
      const order = await bankOrder(buyer, listingId, 3_000);
      const body = to(`MBVCB.8812.${transferPurpose(order)}.CT tu 0123456789`, order.totals.total);

      const inboxBefore = await seller.client.orders.inboxVersion.query({});
      const first = await post(server.current, body);
      expect(first.status).toBe(200);
      expect(await first.json()).toMatchObject({
        success: true,
        outcome: 'paid',
        orderId: order.id,
        replayed: false,
      });
      // Replayed five times, then five more at the same moment: nothing happens again.
      for (let i = 0; i < 5; i += 1) {
        const again = await post(server.current, body);
        expect(await again.json()).toMatchObject({ success: true, outcome: 'paid', replayed: true });
      }
      const twins = await Promise.all(Array.from({ length: 5 }, () => post(server.current, body)));
      expect(twins.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);

      // The seller's open inbox polls this and shows the payment without anyone pressing anything (same clock time).
      expect(await seller.client.orders.inboxVersion.query({})).not.toEqual(inboxBefore);
      const { order: paid, events } = await seller.client.orders.get.query({ orderId: order.id });
      expect(paid.payment).toMatchObject({ status: 'paid', paidAmount: order.totals.total });
      const byBank = events.filter((e) => e.kind === 'paid_by_bank');
      expect(byBank).toHaveLength(1);
      expect(byBank[0]).toMatchObject({
        actor: { kind: 'system', userId: null },
        details: { amount: order.totals.total },
      });
      expect((await seller.client.orders.get.query({ orderId: other.id })).order.payment.status).toBe(
        'unpaid',
      );
      const rows = await server.current.database.db
        .selectFrom('bank_transfers')
        .selectAll()
        .where('provider_id', '=', String(body.id))
        .execute();
      expect(rows).toHaveLength(1);
      const listed = await seller.client.payments.transfers.query({});
      expect(listed.find((t) => t.orderId === order.id)).toMatchObject({
        outcome: 'paid',
        orderReference: order.reference,
        needsSettling: false,
      });
    }, 90_000);

    it('five different notifications for one order at the same moment pay it once and keep the rest', async () => {
      const { seller, listingId, to } = await shopWithBank(server.current);
      const buyer = await server.current.registerBuyer();
      const order = await bankOrder(buyer, listingId);
      const bodies = Array.from({ length: 5 }, () => to(transferPurpose(order), order.totals.total));
      const answers = await Promise.all(
        bodies.map(async (b) => (await post(server.current, b)).json() as Promise<Answer>),
      );
      expect(answers.map((a) => a.outcome).sort()).toEqual([
        'already_paid',
        'already_paid',
        'already_paid',
        'already_paid',
        'paid',
      ]);
      const { events } = await seller.client.orders.get.query({ orderId: order.id });
      expect(events.filter((e) => e.kind === 'paid_by_bank')).toHaveLength(1);
      expect((await seller.client.payments.transfers.query({})).filter((t) => t.needsSettling)).toHaveLength(
        4,
      );
    }, 90_000);

    it('a wrong or missing key is 401 and changes nothing', async () => {
      const { listingId, to } = await shopWithBank(server.current);
      const buyer = await server.current.registerBuyer();
      const order = await bankOrder(buyer, listingId);
      const body = to(transferPurpose(order), order.totals.total);
      const before = await server.current.dbDump();
      for (const authorization of [
        null,
        `Apikey ${TEST_SEPAY_API_KEY}x`,
        `Apikey ${TEST_SEPAY_API_KEY.slice(0, -1)}`,
        `Bearer ${TEST_SEPAY_API_KEY}`,
        TEST_SEPAY_API_KEY,
        'Apikey ',
      ]) {
        const answer = await post(server.current, body, authorization);
        expect(answer.status).toBe(401);
        expect(((await answer.json()) as Answer).error.data.domainCode).toBe('http.webhook_unauthorized');
      }
      expect(await server.current.dbDump()).toEqual(before);
    }, 60_000);

    it('a body that is not a notification is 400 and changes nothing', async () => {
      const { to } = await shopWithBank(server.current);
      const before = await server.current.dbDump();
      for (const body of [
        {},
        to('x', 1.5),
        to('x', -100),
        to('x', 1_000, { id: 'abc' }),
        to('x', 1_000, { transactionDate: 'hôm qua' }),
        [1, 2],
      ]) {
        const answer = await post(server.current, body);
        expect(answer.status).toBe(400);
        expect(((await answer.json()) as Answer).error.data.text.vi).toMatch(/\S/);
      }
      expect(await server.current.dbDump()).toEqual(before);
    }, 60_000);

    it('unmatched, underpaid and overpaid transfers are kept, listed to the seller and settled by hand once', async () => {
      const { seller, listingId, to } = await shopWithBank(server.current);
      const buyer = await server.current.registerBuyer();
      const under = await bankOrder(buyer, listingId);
      const over = await bankOrder(buyer, listingId);
      const cash = (await buyer.client.orders.place.mutate(placeRequest(listingId, 1_000))).orders[0];
      if (!cash) throw new Error('no order');
      const sent = [
        [to('chuyen tien thanh long', 50_000), 'unmatched'],
        [to(transferPurpose(under), under.totals.total - 1_000), 'underpaid'],
        [to(transferPurpose(over), over.totals.total + 5_000), 'overpaid'],
        [to(transferPurpose(cash), cash.totals.total), 'not_bank_transfer'],
        [to(`${transferPurpose(under)} ${transferPurpose(over)}`, 10_000), 'unmatched'],
      ] as const;
      for (const [body, outcome] of sent) {
        expect(await (await post(server.current, body)).json()).toMatchObject({ success: true, outcome });
      }
      for (const o of [under, over, cash]) {
        const { order, events } = await seller.client.orders.get.query({ orderId: o.id });
        expect(order.payment.status).toBe('unpaid');
        expect(events.some((e) => e.kind === 'paid_by_bank')).toBe(false);
      }
      const listed = await seller.client.payments.transfers.query({});
      expect(
        listed
          .filter((t) => t.needsSettling)
          .map((t) => t.outcome)
          .sort(),
      ).toEqual(sent.map(([, outcome]) => outcome).sort());
      const overpaid = listed.find((t) => t.outcome === 'overpaid');
      expect(overpaid).toMatchObject({
        amount: over.totals.total + 5_000,
        expectedAmount: over.totals.total,
        orderReference: over.reference,
      });
      if (!overpaid) throw new Error('no overpaid transfer listed');

      // Another household cannot see or settle it.
      const stranger = await server.current.registerHousehold();
      await openShopWithListing(stranger.client, 10_000);
      expect(await stranger.client.payments.transfers.query({})).toEqual([]);
      const before = await server.current.dbDump();
      const refused = await failure(
        stranger.client.payments.settleTransfer.mutate({ transferId: overpaid.id }),
      );
      expect(refused.data).toMatchObject({ code: 'NOT_FOUND', domainCode: 'bank.transfer_not_found' });
      expect(await server.current.dbDump()).toEqual(before);

      const settled = await seller.client.payments.settleTransfer.mutate({
        transferId: overpaid.id,
        note: 'Đã trả lại 5.000 đ cho khách',
      });
      expect(settled).toMatchObject({ needsSettling: false, settleNote: 'Đã trả lại 5.000 đ cho khách' });
      const twice = await failure(seller.client.payments.settleTransfer.mutate({ transferId: overpaid.id }));
      expect(twice.data).toMatchObject({ code: 'CONFLICT', domainCode: 'bank.already_settled' });
      const activity = (await seller.client.households.activity.query({})).items;
      expect(JSON.stringify(activity)).toContain('bank.settle_transfer');
    }, 90_000);

    it('an account not linked to the service marks nothing; the seller still presses "received"', async () => {
      const { seller, listingId, accountId, to } = await shopWithBank(server.current, false);
      const buyer = await server.current.registerBuyer();
      const order = await bankOrder(buyer, listingId);
      const answer = await post(server.current, to(transferPurpose(order), order.totals.total));
      expect(await answer.json()).toMatchObject({ success: true, outcome: 'unmatched', orderId: null });
      expect(await seller.client.payments.transfers.query({})).toEqual([]);
      expect((await seller.client.orders.get.query({ orderId: order.id })).order.payment.status).toBe(
        'unpaid',
      );
      await seller.client.orders.markPaid.mutate({ orderId: order.id });
      expect((await seller.client.orders.get.query({ orderId: order.id })).order.payment.status).toBe('paid');
      // Linking later, and unlinking: the account says which it is.
      const linked = await seller.client.payments.linkBankFeed.mutate({ accountId, linked: true });
      expect(linked.find((a) => a.id === accountId)?.bankFeed).toBe(true);
      const unlinked = await seller.client.payments.linkBankFeed.mutate({ accountId, linked: false });
      expect(unlinked.find((a) => a.id === accountId)?.bankFeed).toBe(false);
    }, 60_000);

    it('an e-wallet cannot be linked to the bank-notification service', async () => {
      const { seller } = await shopWithBank(server.current);
      const accounts = await seller.client.households.addPaymentAccount.mutate({
        account: { kind: 'e_wallet', provider: 'viettel_money', phone: '0981234567' },
      });
      const wallet = accounts.find((a) => a.kind === 'e_wallet');
      const before = await server.current.dbDump();
      const refused = await failure(
        seller.client.payments.linkBankFeed.mutate({ accountId: wallet?.id ?? '', linked: true }),
      );
      expect(refused.data).toMatchObject({ domainCode: 'bank.feed_needs_bank_account' });
      expect(await server.current.dbDump()).toEqual(before);
    }, 60_000);

    it('an outgoing transaction is answered and not kept', async () => {
      const { to } = await shopWithBank(server.current);
      const before = await server.current.dbDump();
      const answer = await post(server.current, to('tra tien dien', 300_000, { transferType: 'out' }));
      expect(await answer.json()).toMatchObject({ success: true, outcome: null });
      expect(await server.current.dbDump()).toEqual(before);
    }, 60_000);
  });
}
