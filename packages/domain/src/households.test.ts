import { describe, expect, it } from 'vitest';
import { errorOf } from '../test/domain-error.ts';
import { parseInput } from './errors.ts';
import {
  addPaymentAccount,
  type Household,
  HouseholdSchema,
  hasYoungSmartphoneUser,
  isYoung,
  openShop,
  PaymentAccountSchema,
  setShopStatus,
  toBankHolderName,
} from './households.ts';

const household: Household = {
  id: 'hh-1',
  villageId: 'long-dong:an-ninh-1',
  head: 'Hoàng Văn Tùng',
  members: [
    { name: 'Hoàng Văn Tùng', birthYear: 1968, hasSmartphone: false },
    { name: 'Hoàng Thị Đào', birthYear: 1997, hasSmartphone: true },
  ],
  isLead: false,
  paymentAccounts: [],
  shop: null,
  adoptionStage: 'registered',
};

describe('members', () => {
  it('counts a member as young from 16 to 30 in the year of the date', () => {
    expect(isYoung({ birthYear: 1991 }, '2021-07-01')).toBe(true);
    expect(isYoung({ birthYear: 1990 }, '2021-07-01')).toBe(false);
    expect(isYoung({ birthYear: 2005 }, '2021-12-31')).toBe(true);
    expect(isYoung({ birthYear: 2006 }, '2021-12-31')).toBe(false);
    expect(isYoung({ birthYear: 1997 }, '2021-07-01')).toBe(true);
    expect(isYoung({ birthYear: 1997 }, '2030-01-01')).toBe(false);
  });

  it('finds households with a young smartphone user, whom the tech team reaches first', () => {
    expect(hasYoungSmartphoneUser(household, '2021-07-01')).toBe(true);
    expect(hasYoungSmartphoneUser(household, '2031-07-01')).toBe(false);
    const noPhone = { members: household.members.map((m) => ({ ...m, hasSmartphone: false })) };
    expect(hasYoungSmartphoneUser(noPhone, '2021-07-01')).toBe(false);
  });

  it('validates a household with every problem at its path', () => {
    expect(HouseholdSchema.parse(household)).toEqual(household);
    const error = errorOf(() =>
      parseInput(HouseholdSchema, {
        ...household,
        members: [{ name: '', birthYear: 1800.5, hasSmartphone: true }],
      }),
    );
    expect(error.problems.map((p) => p.path)).toEqual([
      ['members', 0, 'name'],
      ['members', 0, 'birthYear'],
    ]);
  });
});

describe('payment accounts', () => {
  it('normalises a typed e-wallet account: the phone to its national form', () => {
    expect(
      PaymentAccountSchema.parse({ kind: 'e_wallet', provider: 'viettel_money', phone: '+84 98 765 4321' }),
    ).toEqual({ kind: 'e_wallet', provider: 'viettel_money', phone: '0987654321' });
  });

  it('normalises a bank account: digits only, the holder as the bank prints it', () => {
    expect(
      PaymentAccountSchema.parse({
        kind: 'bank',
        bin: '970405',
        accountNumber: '8888 0123 4567',
        holderName: ' Hoàng  Thị Đào ',
      }),
    ).toEqual({ kind: 'bank', bin: '970405', accountNumber: '888801234567', holderName: 'HOANG THI DAO' });
    expect(toBankHolderName('Đặng Ngọc Ánh')).toBe('DANG NGOC ANH');
  });

  it('refuses a bad bank account with a code per field', () => {
    const error = errorOf(() =>
      parseInput(PaymentAccountSchema, {
        kind: 'bank',
        bin: '970499',
        accountNumber: '12345',
        holderName: 'Tùng 2',
      }),
    );
    expect(error.problems.map((p) => [p.code, p.path])).toEqual([
      ['bank.unknown_bin', ['bin']],
      ['payment_account.invalid_number', ['accountNumber']],
      ['payment_account.invalid_holder', ['holderName']],
    ]);
    expect(
      errorOf(() =>
        parseInput(PaymentAccountSchema, { kind: 'e_wallet', provider: 'momo', phone: '0201234567' }),
      ).problems[0],
    ).toMatchObject({ code: 'phone.unknown_prefix', path: ['phone'] });
  });

  it('adds accounts without touching the original household and refuses the same account twice', () => {
    const withWallet = addPaymentAccount(household, {
      kind: 'e_wallet',
      provider: 'momo',
      phone: '0987 654 321',
    });
    expect(household.paymentAccounts).toEqual([]);
    expect(withWallet.paymentAccounts).toEqual([{ kind: 'e_wallet', provider: 'momo', phone: '0987654321' }]);

    const again = errorOf(() =>
      addPaymentAccount(withWallet, { kind: 'e_wallet', provider: 'momo', phone: '+84987654321' }),
    );
    expect(again.code).toBe('household.duplicate_payment_account');
    expect(again.params.account).toBe('momo 0987654321');

    const otherWallet = addPaymentAccount(withWallet, {
      kind: 'e_wallet',
      provider: 'zalopay',
      phone: '0987654321',
    });
    expect(otherWallet.paymentAccounts).toHaveLength(2);

    const bank = {
      kind: 'bank',
      bin: '970405',
      accountNumber: '1234567890',
      holderName: 'Hoàng Văn Tùng',
    } as const;
    const withBank = addPaymentAccount(otherWallet, bank);
    expect(errorOf(() => addPaymentAccount(withBank, { ...bank, accountNumber: '1234 5678 90' })).code).toBe(
      'household.duplicate_payment_account',
    );
    expect(addPaymentAccount(withBank, { ...bank, bin: '970418' }).paymentAccounts).toHaveLength(4);
  });
});

describe('digital shop', () => {
  it('opens on the local date of now, with a default name, moving the household to the shop_open stage', () => {
    const opened = openShop(household, {}, new Date('2021-07-31T18:30:00Z'));
    expect(opened.shop).toEqual({ name: 'Gian hàng Hoàng Văn Tùng', openedOn: '2021-08-01', status: 'open' });
    expect(opened.adoptionStage).toBe('shop_open');
    expect(household.adoptionStage).toBe('registered');
    expect(household.shop).toBeNull();
    expect(openShop(household, { name: 'Thanh long An Ninh' }, '2021-08-02').shop?.name).toBe(
      'Thanh long An Ninh',
    );
  });

  it('opens once: a second shop is refused, and a name must be long enough', () => {
    const opened = openShop(household, {}, '2021-08-01');
    expect(errorOf(() => openShop(opened, {}, '2021-09-01')).code).toBe('household.shop_exists');
    expect(errorOf(() => openShop(household, { name: ' A ' }, '2021-08-01')).code).toBe(
      'validation.too_short',
    );
  });

  it('needs the household registered first', () => {
    const error = errorOf(() => openShop({ ...household, adoptionStage: 'aware' }, {}, '2021-08-01'));
    expect(error.code).toBe('household.not_registered');
    expect(error.params).toEqual({ stage: 'aware' });
  });

  it('pauses, closes and reopens the shop', () => {
    const opened = openShop(household, {}, '2021-08-01');
    const paused = setShopStatus(opened, 'paused');
    expect(paused.shop?.status).toBe('paused');
    expect(opened.shop?.status).toBe('open');
    expect(setShopStatus(setShopStatus(paused, 'closed'), 'open').shop).toEqual(opened.shop);
    expect(errorOf(() => setShopStatus(household, 'paused')).code).toBe('household.no_shop');
  });
});
