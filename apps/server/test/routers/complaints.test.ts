import { DIALECTS } from '@nongsan/db/testing';
import { parseVietQr, VILLAGES } from '@nongsan/domain';
import { describe, expect, it } from 'vitest';
import { startComplaintEscalation } from '../../src/jobs/complaint-escalation.ts';
import { uploadedPhotoKey } from '../api-world.ts';
import { failure } from '../failure.ts';
import { OTHER_VILLAGE_ID, type Person, type TestServer, useTestServer } from '../harness.ts';
import { openShopWithListing, placeRequest } from '../order-fixtures.ts';

const HOUR = 3_600_000;
const ACCOUNT = { bin: '970405', accountNumber: '4321 0987 6543', holderName: 'Nguyễn Thị Lan' };

let accountCounter = 0;

/**
 * A household of `villageId` with a dragon-fruit listing (28.000 ₫/kg) and a bank account, looked after by a
 * helper of its village's team.
 */
async function shopWithHelper(server: TestServer, villageId = OTHER_VILLAGE_ID) {
  const official = await server.createOfficial();
  const helper = await server.createHelper({ official, villageId, name: 'Hoàng Thị Mai' });
  const seller = await server.registerHousehold({ villageId, name: 'Hoàng Văn Thắng' });
  const householdId = seller.user?.householdId ?? '';
  await official.client.households.assignHelper.mutate({ householdId, helperId: helper.user?.id ?? '' });
  const listing = await openShopWithListing(seller.client, 100_000);
  accountCounter += 1;
  await seller.client.households.addPaymentAccount.mutate({
    account: {
      kind: 'bank',
      bin: '970436',
      accountNumber: `20${String(process.pid % 10_000).padStart(4, '0')}${String(accountCounter).padStart(4, '0')}`,
      holderName: 'HOANG VAN THANG',
    },
    makeDefault: true,
  });
  return { seller, helper, householdId, listingId: listing.id };
}

/** A 2 kg order delivered to a new buyer: by transfer (recorded as paid by the seller) or cash at the door. */
async function deliveredOrder(
  server: TestServer,
  shop: { seller: Person; listingId: string },
  method: 'bank_transfer' | 'cash_on_delivery' = 'bank_transfer',
) {
  const buyer = await server.registerBuyer('Nguyễn Thị Lan');
  const [order] = (
    await buyer.client.orders.place.mutate({ ...placeRequest(shop.listingId, 2_000), paymentMethod: method })
  ).orders;
  if (!order) throw new Error('no order');
  const orderId = order.id;
  if (method === 'bank_transfer') await shop.seller.client.orders.markPaid.mutate({ orderId });
  await shop.seller.client.orders.confirm.mutate({ orderId });
  await shop.seller.client.orders.handOver.mutate({ orderId, trackingCode: 'VTP123456789' });
  await buyer.client.orders.markDelivered.mutate({ orderId });
  return { buyer, orderId, totals: order.totals };
}

/** A damaged-goods complaint with a photo the buyer uploads now. */
async function damaged(buyer: Person) {
  return {
    kind: 'damaged' as const,
    note: 'Ba quả bị dập',
    photos: [await uploadedPhotoKey(buyer)],
    refundAccount: ACCOUNT,
  };
}

for (const dialect of DIALECTS) {
  describe(`complaints and refunds (${dialect})`, () => {
    const server = useTestServer(dialect);

    it('the buyer files within 48 hours; the helper refunds part; the seller pays it by VietQR; all in the history', async () => {
      const s = server.current;
      const shop = await shopWithHelper(s);
      const { buyer, orderId, totals } = await deliveredOrder(s, shop);
      expect(await buyer.client.complaints.ofOrder.query({ orderId })).toMatchObject({
        complaint: null,
        mayFile: true,
        refundMethod: 'bank_transfer',
      });

      s.clock.advance(47 * HOUR);
      const complaint = await damaged(buyer);
      const photoUrl = `${s.url}/photos/${complaint.photos[0]}`;
      expect((await fetch(photoUrl)).status).toBe(404);
      const filed = await buyer.client.complaints.file.mutate({ orderId, complaint });
      expect(filed).toMatchObject({
        status: 'open',
        kind: 'damaged',
        photos: complaint.photos,
        refundAccount: { bankName: 'Agribank', accountNumber: '432109876543', holderName: 'NGUYEN THI LAN' },
        refundLimit: totals.subtotal,
      });

      // Nobody else files, nobody files twice, and a refusal changes nothing.
      // The photo is served once filed (to the shop and the tech team).
      expect((await fetch(photoUrl)).status).toBe(200);
      const stranger = await s.registerBuyer();
      const strangers = await damaged(stranger);
      const anotherPhoto = await damaged(buyer);
      const before = await s.dbDump();
      const twice = await failure(buyer.client.complaints.file.mutate({ orderId, complaint: anotherPhoto }));
      expect(twice.data).toMatchObject({ code: 'CONFLICT', domainCode: 'complaint.already_filed' });
      const notTheirs = await failure(
        stranger.client.complaints.file.mutate({ orderId, complaint: strangers }),
      );
      expect(notTheirs.data).toMatchObject({ code: 'NOT_FOUND' });
      const seller = await failure(
        shop.seller.client.complaints.file.mutate({ orderId, complaint: anotherPhoto }),
      );
      expect(seller.data).toMatchObject({ code: 'FORBIDDEN' });
      const tooMuch = await failure(
        shop.helper.client.complaints.accept.mutate({
          householdId: shop.householdId,
          orderId,
          amount: totals.subtotal + 1,
        }),
      );
      expect(tooMuch.data).toMatchObject({ code: 'BAD_REQUEST', domainCode: 'complaint.refund_too_much' });
      expect(await s.dbDump()).toEqual(before);

      // The shop sees it in its inbox, its helper accepts part, recorded as the helper's for the household.
      const inbox = await shop.seller.client.complaints.inbox.query({});
      expect(inbox.map((c) => [c.orderId, c.status, c.buyerName])).toEqual([
        [orderId, 'open', 'Nguyễn Thị Lan'],
      ]);
      expect(inbox[0]?.actions).toEqual(['accept', 'decline']);
      const accepted = await shop.helper.client.complaints.accept.mutate({
        householdId: shop.householdId,
        orderId,
        amount: 30_000,
      });
      expect(accepted).toMatchObject({
        status: 'refund_due',
        refundAmount: 30_000,
        refundMethod: 'bank_transfer',
      });
      const again = await failure(
        shop.seller.client.complaints.decline.mutate({ orderId, reason: 'Không đúng' }),
      );
      expect(again.data).toMatchObject({ code: 'CONFLICT', domainCode: 'complaint.already_answered' });

      // The refund's code pays the buyer's account, the amount, with the order in the purpose.
      const qr = await shop.seller.client.complaints.refundQr.query({ orderId });
      const parsed = parseVietQr(qr.payload);
      expect(parsed).toMatchObject({ bin: '970405', accountNumber: '432109876543', amount: 30_000 });
      expect(parsed.purpose).toBe(qr.purpose);
      expect(qr.purpose).toMatch(/^HOAN TIEN DH[0-9A-Z]{8}$/);

      await shop.seller.client.complaints.markRefundPaid.mutate({ orderId });
      const paidTwice = await failure(shop.seller.client.complaints.markRefundPaid.mutate({ orderId }));
      expect(paidTwice.data).toMatchObject({ code: 'CONFLICT', domainCode: 'complaint.no_refund_due' });
      const seen = await buyer.client.complaints.ofOrder.query({ orderId });
      expect(seen).toMatchObject({ mayFile: false, complaint: { status: 'refunded', refundAmount: 30_000 } });
      expect(seen.complaint?.refundPaidAt).not.toBeNull();

      const { events, order } = await buyer.client.orders.get.query({ orderId });
      expect(order.status).toBe('completed');
      expect(events.slice(-3).map((e) => [e.kind, e.actor.kind, e.actor.actingForHouseholdId])).toEqual([
        ['complaint_filed', 'buyer', null],
        ['complaint_accepted', 'helper', shop.householdId],
        ['refund_paid', 'seller', null],
      ]);
      expect(events.at(-2)?.details).toMatchObject({ amount: 30_000 });
      const activity = (await shop.seller.client.households.activity.query({})).items;
      const actions = activity.map((entry) => entry.action);
      expect(actions).toContain('complaint.accept');
      expect(actions).toContain('complaint.refund_paid');
      expect(activity.find((entry) => entry.action === 'complaint.accept')?.actorUserId).toBe(
        shop.helper.user?.id,
      );
    }, 60_000);

    it('not after 48 hours, not before delivery; a photo for damage, what was weighed for short weight', async () => {
      const s = server.current;
      const shop = await shopWithHelper(s);
      const late = await deliveredOrder(s, shop);
      s.clock.advance(49 * HOUR);
      const lateComplaint = await damaged(late.buyer);
      const before = await s.dbDump();
      const tooLate = await failure(
        late.buyer.client.complaints.file.mutate({ orderId: late.orderId, complaint: lateComplaint }),
      );
      expect(tooLate.data).toMatchObject({ code: 'CONFLICT', domainCode: 'complaint.too_late' });
      expect((await late.buyer.client.complaints.ofOrder.query({ orderId: late.orderId })).mayFile).toBe(
        false,
      );

      const buyer = await s.registerBuyer();
      const [open] = (await buyer.client.orders.place.mutate(placeRequest(shop.listingId, 1_000))).orders;
      const notYet = await failure(
        buyer.client.complaints.file.mutate({ orderId: open?.id ?? '', complaint: await damaged(buyer) }),
      );
      expect(notYet.data).toMatchObject({ code: 'CONFLICT', domainCode: 'complaint.not_delivered' });

      const fresh = await deliveredOrder(s, shop);
      const noPhoto = await failure(
        fresh.buyer.client.complaints.file.mutate({
          orderId: fresh.orderId,
          complaint: { kind: 'wrong_product', refundAccount: ACCOUNT },
        }),
      );
      expect(noPhoto.data?.problems).toEqual([
        expect.objectContaining({ code: 'complaint.photo_required', path: ['complaint', 'photos'] }),
      ]);
      const noAccount = await failure(
        fresh.buyer.client.complaints.file.mutate({
          orderId: fresh.orderId,
          complaint: { kind: 'short_weight', note: 'Cân được 1,7 kg' },
        }),
      );
      expect(noAccount.data).toMatchObject({ domainCode: 'complaint.refund_account_required' });
      const unknownBank = await failure(
        fresh.buyer.client.complaints.file.mutate({
          orderId: fresh.orderId,
          complaint: { ...(await damaged(fresh.buyer)), refundAccount: { ...ACCOUNT, bin: '970999' } },
        }),
      );
      expect(unknownBank.data).toMatchObject({ domainCode: 'bank.unknown_bin' });
      const someoneElses = await uploadedPhotoKey(await s.registerBuyer());
      const notYours = await failure(
        fresh.buyer.client.complaints.file.mutate({
          orderId: fresh.orderId,
          complaint: { ...(await damaged(fresh.buyer)), photos: [someoneElses] },
        }),
      );
      expect(notYours.data).toMatchObject({ domainCode: 'photo.not_yours' });
      expect((await fetch(`${s.url}/photos/${someoneElses}`)).status).toBe(404);
      expect((await s.dbDump()).complaints).toEqual(before.complaints);
    }, 60_000);

    it('cash on delivery: the refund is cash handed back (no code); a wrong product may refund the delivery fee', async () => {
      const s = server.current;
      const shop = await shopWithHelper(s);
      const { buyer, orderId, totals } = await deliveredOrder(s, shop, 'cash_on_delivery');
      const filed = await buyer.client.complaints.file.mutate({
        orderId,
        complaint: {
          kind: 'wrong_product',
          note: 'Giao lạc đỏ thay vì thanh long',
          photos: [await uploadedPhotoKey(buyer)],
        },
      });
      expect(filed).toMatchObject({ refundAccount: null, refundMethod: 'cash', refundLimit: totals.total });
      expect(totals.deliveryFee).toBeGreaterThan(0);
      const accepted = await shop.seller.client.complaints.accept.mutate({ orderId, amount: totals.total });
      expect(accepted).toMatchObject({ refundAmount: totals.total, refundMethod: 'cash' });
      const noCode = await failure(shop.seller.client.complaints.refundQr.query({ orderId }));
      expect(noCode.data).toMatchObject({ code: 'CONFLICT', domainCode: 'complaint.no_transfer_refund' });
      await shop.seller.client.complaints.markRefundPaid.mutate({ orderId });
      const { events } = await buyer.client.orders.get.query({ orderId });
      expect(events.at(-1)).toMatchObject({
        kind: 'refund_paid',
        details: { amount: totals.total, refundMethod: 'cash' },
      });
    }, 60_000);

    it('unsettled 48 hours after filing, the job hands it to the village tech team, once', async () => {
      const s = server.current;
      // A village of its own (a team has at most 7 members).
      const village =
        VILLAGES.find((v) => v.id !== OTHER_VILLAGE_ID && v.id.startsWith('long-dong:'))?.id ?? '';
      const shop = await shopWithHelper(s, village);
      const teammate = await s.createHelper({ villageId: village, name: 'Vi Văn Hải' });
      const elsewhere = await s.createHelper({ villageId: OTHER_VILLAGE_ID });
      const waiting = await deliveredOrder(s, shop);
      const answered = await deliveredOrder(s, shop);
      await waiting.buyer.client.complaints.file.mutate({
        orderId: waiting.orderId,
        complaint: await damaged(waiting.buyer),
      });
      await answered.buyer.client.complaints.file.mutate({
        orderId: answered.orderId,
        complaint: await damaged(answered.buyer),
      });
      await shop.seller.client.complaints.decline.mutate({
        orderId: answered.orderId,
        reason: 'Hàng gửi đi còn nguyên, có ảnh lúc đóng gói',
      });

      const deps = { db: s.database.db, clock: s.clock };
      const first = startComplaintEscalation(deps, { intervalMs: HOUR });
      const second = startComplaintEscalation(deps, { intervalMs: HOUR });
      try {
        s.clock.advance(48 * HOUR - 1);
        expect(await Promise.all([first.runOnce(), second.runOnce()])).toEqual([0, 0]);
        expect(await teammate.client.complaints.escalated.query({})).toEqual([]);

        s.clock.advance(1);
        const counts = await Promise.all([first.runOnce(), second.runOnce()]);
        expect(counts[0] + counts[1]).toBe(1);
        s.clock.advance(HOUR);
        expect(await first.runOnce()).toBe(0);
      } finally {
        first.stop();
        second.stop();
      }
      const list = await teammate.client.complaints.escalated.query({});
      expect(list.map((c) => [c.orderId, c.householdName, c.status])).toEqual([
        [waiting.orderId, 'Hoàng Văn Thắng', 'open'],
      ]);
      expect(list[0]?.actions).toEqual([]);
      expect((await shop.helper.client.complaints.escalated.query({}))[0]?.actions).toEqual([
        'accept',
        'decline',
      ]);
      expect(await elsewhere.client.complaints.escalated.query({})).toEqual([]);
      const { events } = await waiting.buyer.client.orders.get.query({ orderId: waiting.orderId });
      expect(events.filter((e) => e.kind === 'complaint_escalated')).toEqual([
        expect.objectContaining({ actor: expect.objectContaining({ kind: 'system', userId: null }) }),
      ]);

      // The household's helper settles it from the tech team's list; it leaves the list.
      await shop.helper.client.complaints.accept.mutate({
        householdId: shop.householdId,
        orderId: waiting.orderId,
        amount: 10_000,
      });
      await shop.helper.client.complaints.markRefundPaid.mutate({
        householdId: shop.householdId,
        orderId: waiting.orderId,
      });
      expect(await teammate.client.complaints.escalated.query({})).toEqual([]);
    }, 60_000);
  });
}
