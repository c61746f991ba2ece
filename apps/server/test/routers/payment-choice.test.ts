import { DIALECTS } from '@nongsan/db/testing';
import { describe, expect, it } from 'vitest';
import { failure } from '../failure.ts';
import { type TestServer, useTestServer } from '../harness.ts';
import { openShopWithListing, placeRequest } from '../order-fixtures.ts';

/** A household whose shop takes only an e-wallet: cash on delivery turned off, no bank account. */
async function walletOnlyShop(server: TestServer) {
  const seller = await server.registerHousehold({ name: 'Hoàng Văn Thắng' });
  const listing = await openShopWithListing(seller.client, 20_000);
  await seller.client.households.addPaymentAccount.mutate({
    account: {
      kind: 'e_wallet',
      provider: 'viettel_money',
      phone: '0981234567',
      holderName: 'Hoàng Thị Đào',
    },
    makeDefault: true,
  });
  await seller.client.shop.update.mutate({ acceptsCashOnDelivery: false });
  const shopId = seller.user?.householdId ?? '';
  return { seller, listing, shopId };
}

for (const dialect of DIALECTS) {
  describe(`paying each shop a way it accepts (${dialect})`, () => {
    const server = useTestServer(dialect);

    it('a shop says which ways it takes, and a way it does not take is refused per shop, placing nothing', async () => {
      const { seller, listing, shopId } = await walletOnlyShop(server.current);
      expect((await seller.client.shop.get.query({ shopId })).paymentMethods).toEqual(['e_wallet']);
      const buyer = await server.current.registerBuyer();
      const before = await server.current.dbDump();
      for (const refused of ['bank_transfer', 'cash_on_delivery'] as const) {
        const error = await failure(
          buyer.client.orders.place.mutate({
            ...placeRequest(listing.id, 2_000),
            paymentMethods: { [shopId]: refused },
          }),
        );
        expect(error.data).toMatchObject({ domainCode: 'payment.method_not_accepted' });
      }
      expect(await server.current.dbDump()).toEqual(before);
      const { orders } = await buyer.client.orders.place.mutate({
        ...placeRequest(listing.id, 2_000),
        paymentMethods: { [shopId]: 'e_wallet' },
      });
      expect(orders[0]?.payment.method).toBe('e_wallet');
    }, 60_000);

    it('a shop with no account to be paid to cannot turn cash on delivery off', async () => {
      const seller = await server.current.registerHousehold({ name: 'Hoàng Văn Thắng' });
      await openShopWithListing(seller.client, 20_000);
      const shopId = seller.user?.householdId ?? '';
      const before = await server.current.dbDump();
      const refused = await failure(seller.client.shop.update.mutate({ acceptsCashOnDelivery: false }));
      expect(refused.data).toMatchObject({ domainCode: 'payment.no_way_left' });
      expect(await server.current.dbDump()).toEqual(before);
      expect((await seller.client.shop.get.query({ shopId })).paymentMethods).toEqual(['cash_on_delivery']);
    }, 60_000);

    it('an e-wallet order tells its buyer the wallet, its owner, the amount and the reference', async () => {
      const { listing, shopId } = await walletOnlyShop(server.current);
      const buyer = await server.current.registerBuyer();
      const [order] = (
        await buyer.client.orders.place.mutate({
          ...placeRequest(listing.id, 2_000),
          paymentMethods: { [shopId]: 'e_wallet' },
        })
      ).orders;
      if (!order) throw new Error('no order');
      expect(await buyer.client.payments.eWallet.query({ orderId: order.id })).toEqual({
        provider: 'viettel_money',
        providerName: 'Viettel Money',
        phone: '0981234567',
        // The name the household gave for its wallet, as the wallet app shows it; not guessed from the household.
        holderName: 'HOANG THI DAO',
        amount: order.totals.total,
        reference: order.reference,
        purpose: `${order.reference} NONGSAN`,
      });
      const stranger = await server.current.registerBuyer();
      const hidden = await failure(stranger.client.payments.eWallet.query({ orderId: order.id }));
      expect(hidden.data).toMatchObject({ domainCode: 'order.not_found' });
    }, 60_000);

    it('the buyer of an order its shop cannot receive switches to a way it takes; the history says so', async () => {
      const seller = await server.current.registerHousehold({ name: 'Hoàng Văn Thắng' });
      const listing = await openShopWithListing(seller.client, 20_000);
      await seller.client.households.addPaymentAccount.mutate({
        account: { kind: 'e_wallet', provider: 'viettel_money', phone: '0981234567' },
        makeDefault: true,
      });
      const buyer = await server.current.registerBuyer();
      // Cash on delivery when it was ordered; then the shop stops taking cash, and the order cannot be paid so.
      const [order] = (await buyer.client.orders.place.mutate(placeRequest(listing.id, 2_000))).orders;
      if (!order) throw new Error('no order');
      await seller.client.shop.update.mutate({ acceptsCashOnDelivery: false });

      const stranger = await server.current.registerBuyer();
      const before = await server.current.dbDump();
      const refused = await failure(
        buyer.client.orders.changePaymentMethod.mutate({
          orderId: order.id,
          paymentMethod: 'bank_transfer',
        }),
      );
      expect(refused.data).toMatchObject({ domainCode: 'payment.method_not_accepted' });
      const notTheirs = await failure(
        stranger.client.orders.changePaymentMethod.mutate({ orderId: order.id, paymentMethod: 'e_wallet' }),
      );
      expect(notTheirs.data).toMatchObject({ domainCode: 'order.not_found' });
      const sellerCannot = await failure(
        seller.client.orders.changePaymentMethod.mutate({ orderId: order.id, paymentMethod: 'e_wallet' }),
      );
      expect(sellerCannot.data).toMatchObject({ code: 'FORBIDDEN' });
      expect(await server.current.dbDump()).toEqual(before);

      const switched = await buyer.client.orders.changePaymentMethod.mutate({
        orderId: order.id,
        paymentMethod: 'e_wallet',
      });
      expect(switched.payment).toMatchObject({ method: 'e_wallet', status: 'unpaid' });
      const { events } = await buyer.client.orders.get.query({ orderId: order.id });
      expect(events.at(-1)).toMatchObject({
        kind: 'payment_method_changed',
        details: { fromMethod: 'cash_on_delivery', toMethod: 'e_wallet' },
      });
      expect((await buyer.client.payments.eWallet.query({ orderId: order.id })).amount).toBe(
        order.totals.total,
      );

      // Once paid, the way it was paid stays.
      await seller.client.orders.markPaid.mutate({ orderId: order.id });
      await seller.client.shop.update.mutate({ acceptsCashOnDelivery: true });
      const tooLate = await failure(
        buyer.client.orders.changePaymentMethod.mutate({
          orderId: order.id,
          paymentMethod: 'cash_on_delivery',
        }),
      );
      expect(tooLate.data).toMatchObject({ domainCode: 'payment.change_too_late' });
    }, 60_000);
  });
}
