import { DIALECTS } from '@nongsan/db/testing';
import { VILLAGES } from '@nongsan/domain';
import { describe, expect, it } from 'vitest';
import { failure } from '../failure.ts';
import { OTHER_VILLAGE_ID, testPhone, useTestServer } from '../harness.ts';

for (const dialect of DIALECTS) {
  describe(`helpers acting for households (${dialect})`, () => {
    const server = useTestServer(dialect);

    // A tech team has at most 7 members: each test's helper joins the next village's team.
    let village = 0;
    async function helperWithHousehold() {
      const s = server.current;
      const villageId = VILLAGES[village++ % VILLAGES.length]?.id ?? OTHER_VILLAGE_ID;
      const official = await s.createOfficial();
      const helper = await s.createHelper({ official, villageId });
      const household = await s.registerHousehold({ villageId });
      const householdId = household.user?.householdId ?? '';
      await official.client.households.assignHelper.mutate({ householdId, helperId: helper.user?.id ?? '' });
      return { official, helper: Object.assign(helper, { villageId }), household, householdId };
    }

    it('lets a helper open the shop of an assigned household, and the household sees who did it', async () => {
      const { helper, household, householdId } = await helperWithHousehold();
      const mine = await helper.client.households.mine.query();
      expect(mine.map((h) => h.id)).toEqual([householdId]);

      const shop = await helper.client.shop.open.mutate({ householdId, name: 'Thanh long nhà Thắng' });
      expect(shop).toMatchObject({
        id: householdId,
        name: 'Thanh long nhà Thắng',
        status: 'open',
        openedBy: helper.user?.id,
      });
      expect((await helper.client.households.mine.query())[0]?.adoptionStage).toBe('shop_open');

      const activity = (await household.client.households.activity.query({})).items;
      const opened = activity.find((entry) => entry.action === 'shop.open');
      expect(opened).toMatchObject({ actorUserId: helper.user?.id, actorRole: 'helper', householdId });
      expect(opened?.at).toBe(server.current.clock.now().toISOString());
    });

    it('refuses a helper acting for a household not assigned to them with FORBIDDEN, changing nothing', async () => {
      const { helper } = await helperWithHousehold();
      const stranger = await server.current.registerHousehold();
      const householdId = stranger.user?.householdId ?? '';
      const before = await server.current.dbDump();
      for (const call of [
        () => helper.client.shop.open.mutate({ householdId }),
        () =>
          helper.client.households.addPaymentAccount.mutate({
            householdId,
            account: { kind: 'e_wallet', provider: 'viettel_money', phone: testPhone() },
          }),
        () => helper.client.households.resetPassword.mutate({ householdId, newPassword: 'mat-khau-moi-1' }),
        () => helper.client.households.activity.query({ householdId }),
      ]) {
        const error = await failure(call());
        expect(error.data?.code).toBe('FORBIDDEN');
        expect(error.data?.domainCode).toBe('household.forbidden');
      }
      expect(await server.current.dbDump()).toEqual(before);
    });

    it('makes a helper name the household they act for', async () => {
      const { helper } = await helperWithHousehold();
      const error = await failure(helper.client.shop.open.mutate({}));
      expect(error.data?.code).toBe('BAD_REQUEST');
      expect(error.data?.problems[0]).toMatchObject({
        code: 'auth.household_required',
        path: ['householdId'],
      });
    });

    it('does not let a seller act for another household, nor a buyer for any', async () => {
      const { householdId } = await helperWithHousehold();
      const otherSeller = await server.current.registerHousehold();
      const buyer = await server.current.registerBuyer();
      expect((await failure(otherSeller.client.shop.open.mutate({ householdId }))).data?.code).toBe(
        'FORBIDDEN',
      );
      expect((await failure(buyer.client.shop.open.mutate({ householdId }))).data?.code).toBe('FORBIDDEN');
      expect(
        (await failure(server.current.person().client.shop.open.mutate({ householdId }))).data?.code,
      ).toBe('UNAUTHORIZED');
    });

    it('lets the helper reset the household password: the old one stops working, the new one works', async () => {
      const { helper, household, householdId } = await helperWithHousehold();
      await helper.client.households.resetPassword.mutate({ householdId, newPassword: 'mat-khau-moi-1' });
      expect((await household.client.auth.me.query()).user).toBeNull(); // signed out everywhere
      const again = server.current.person(household.phone);
      expect(
        (
          await failure(
            again.client.auth.login.mutate({ phone: household.phone, password: household.password }),
          )
        ).data?.code,
      ).toBe('UNAUTHORIZED');
      await expect(
        again.client.auth.login.mutate({ phone: household.phone, password: 'mat-khau-moi-1' }),
      ).resolves.toBeTruthy();
      const activity = (await again.client.households.activity.query({})).items;
      expect(activity[0]).toMatchObject({ action: 'household.reset_password', actorUserId: helper.user?.id });
      expect(JSON.stringify(activity)).not.toContain('mat-khau-moi-1');
    });

    it('lets a helper register a new household of their village, assigned to them', async () => {
      const { helper } = await helperWithHousehold();
      const phone = testPhone();
      const { household } = await helper.client.households.register.mutate({
        head: 'Lương Văn Tám',
        phone,
        password: 'mat-khau-123',
      });
      expect(household).toMatchObject({
        head: 'Lương Văn Tám',
        helperId: helper.user?.id,
        adoptionStage: 'registered',
      });
      const login = server.current.person(phone);
      const { user } = await login.client.auth.login.mutate({ phone, password: 'mat-khau-123' });
      expect(user).toMatchObject({ role: 'seller', householdId: household.id });
    });

    it('adds payment accounts: the first becomes the default, the same one twice is a conflict', async () => {
      const { household } = await helperWithHousehold();
      const accounts = await household.client.households.addPaymentAccount.mutate({
        account: {
          kind: 'bank',
          bin: '970405',
          accountNumber: '1234 5678 9012',
          holderName: 'Hoàng Văn Thắng',
        },
      });
      expect(accounts).toEqual([
        expect.objectContaining({
          kind: 'bank',
          accountNumber: '123456789012',
          holderName: 'HOANG VAN THANG',
          isDefault: true,
        }),
      ]);
      const again = await failure(
        household.client.households.addPaymentAccount.mutate({
          account: {
            kind: 'bank',
            bin: '970405',
            accountNumber: '123456789012',
            holderName: 'Hoang Van Thang',
          },
        }),
      );
      expect(again.data?.code).toBe('CONFLICT');
      expect(await household.client.households.paymentAccounts.query({})).toHaveLength(1);
    });

    it('keeps a tech team to 7 members', async () => {
      const s = server.current;
      const official = await s.createOfficial();
      const villageId = VILLAGES[VILLAGES.length - 1]?.id ?? OTHER_VILLAGE_ID;
      for (let i = 0; i < 7; i++) await s.createHelper({ official, villageId });
      const eighth = await s.registerBuyer();
      const error = await failure(
        official.client.admin.appoint.mutate({ userId: eighth.user?.id ?? '', role: 'helper', villageId }),
      );
      expect(error.data?.domainCode).toBe('team.too_big');
      expect((await eighth.client.auth.me.query()).user?.role).toBe('buyer');
    });

    it('keeps helpers to their village and officials to appointing', async () => {
      const { official, helper } = await helperWithHousehold();
      const elsewhere = await server.current.registerHousehold({
        villageId: VILLAGES.find((v) => v.id !== helper.villageId)?.id ?? OTHER_VILLAGE_ID,
      });
      const moved = await failure(
        official.client.households.assignHelper.mutate({
          householdId: elsewhere.user?.householdId ?? '',
          helperId: helper.user?.id ?? '',
        }),
      );
      expect(moved.data?.domainCode).toBe('team.other_village');
      const byHelper = await failure(
        helper.client.admin.appoint.mutate({ userId: helper.user?.id ?? '', role: 'official' }),
      );
      expect(byHelper.data?.code).toBe('FORBIDDEN');
    });
  });
}
