import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placedOrder } from '../test/fixtures.ts';
import { findBankByBin } from './banks.ts';
import { crc16CcittFalse, crc16Hex } from './crc16.ts';
import { DomainError } from './errors.ts';
import { formatMessage } from './messages.ts';
import { applyOrderAction } from './order-state.ts';
import { buildVietQr, createVietQr, parseVietQr, VIETQR_PURPOSE_MAX, vietQrPurpose } from './vietqr.ts';
import { vietQrForOrder } from './vietqr-order.ts';

/**
 * Payloads published by other VietQR implementations, reproduced byte for byte.
 * - xuannghia/vietnam-qr-pay, README.md (commit 10369f32001a74d0c72b3815879eaddd955d0484), the npm package
 *   `vietnam-qr-pay`: "VietQR Tĩnh", "VietQR Động", the decode example, the `build()` example, MoMo and ZaloPay.
 * - trantuan94/vietqrjs, src/builder/vietqrv1.builder.spec.ts (commit 4c5420960bb36724eb7c8d968e1bd67eaed48ce4):
 *   the VietinBank static code and the Vietcombank card-transfer (QRIBFTTC) code.
 */
const PUBLISHED = {
  acbStatic: '00020101021138530010A0000007270123000697041601092576788590208QRIBFTTA53037045802VN6304AE9F',
  acbDynamic:
    '00020101021238530010A0000007270123000697041601092576788590208QRIBFTTA53037045405100005802VN62150811Chuyen tien630453E6',
  acbDecodeExample:
    '00020101021238530010A0000007270123000697041601092576788590208QRIBFTTA5303704540410005802VN62150811Chuyen tien6304BBB8',
  acbRebuilt:
    '00020101021238530010A0000007270123000697041601092576788590208QRIBFTTA530370454069999995802VN62140810Cam on nhe6304E786',
  zaloPayStatic:
    '00020101021138620010A00000072701320006970454011899ZP24009M072482670208QRIBFTTA53037045802VN6304073C',
  momoWithExtras:
    '00020101021138620010A00000072701320006970454011899MM24011M348750800208QRIBFTTA53037045802VN62190515MOMOW2W3487508080030466304EBC8',
  vietinbankStatic:
    '00020101021138530010A0000007270123000697041501091234567890208QRIBFTTA53037045802VN63046376',
  vietcombankCard:
    '00020101021238560010A0000007270126000697043601121234567890120208QRIBFTTC530370454061200005802VN62130809Pay a box6304B8EC',
} as const;

describe('CRC-16/CCITT-FALSE', () => {
  it('gives the catalogued check value for "123456789"', () => {
    expect(crc16CcittFalse('123456789')).toBe(0x29b1);
  });

  it('is written as four upper-case hex digits, zero-padded', () => {
    expect(crc16Hex('123456789')).toBe('29B1');
    expect(
      crc16Hex(
        '00020101021138620010A00000072701320006970454011899ZP24009M072482670208QRIBFTTA53037045802VN6304',
      ),
    ).toBe('073C');
    expect(crc16Hex('')).toMatch(/^[0-9A-F]{4}$/);
  });
});

describe('buildVietQr', () => {
  it('reproduces published static codes byte for byte', () => {
    expect(buildVietQr({ bin: '970416', accountNumber: '257678859' })).toBe(PUBLISHED.acbStatic);
    expect(buildVietQr({ bin: '970415', accountNumber: '123456789' })).toBe(PUBLISHED.vietinbankStatic);
    expect(buildVietQr({ bin: '970454', accountNumber: '99ZP24009M07248267' })).toBe(PUBLISHED.zaloPayStatic);
  });

  it('reproduces published dynamic codes (amount and purpose) byte for byte', () => {
    expect(
      buildVietQr({ bin: '970416', accountNumber: '257678859', amount: 10_000, purpose: 'Chuyen tien' }),
    ).toBe(PUBLISHED.acbDynamic);
    expect(
      buildVietQr({ bin: '970416', accountNumber: '257678859', amount: 999_999, purpose: 'Cam on nhe' }),
    ).toBe(PUBLISHED.acbRebuilt);
  });

  it('strips Vietnamese accents from the purpose, so "Chuyển tiền" gives the same code as "Chuyen tien"', () => {
    expect(
      buildVietQr({ bin: '970416', accountNumber: '257678859', amount: 10_000, purpose: 'Chuyển tiền' }),
    ).toBe(PUBLISHED.acbDynamic);
  });

  it('folds đ/Đ, drops symbols and cuts the purpose to 25 characters at the last whole word', () => {
    expect(vietQrPurpose('Đơn hàng đặt trước: bánh chưng đen!')).toBe('Don hang dat truoc banh');
    expect(vietQrPurpose('Don hang dat truoc banh chung')).toHaveLength(23);
    expect(vietQrPurpose('DH12345678901234567890123456789')).toHaveLength(VIETQR_PURPOSE_MAX);
    expect(vietQrPurpose('  ##  ')).toBe('');
  });

  it('leaves field 62 out when the purpose is empty after cleaning', () => {
    expect(buildVietQr({ bin: '970416', accountNumber: '257678859', purpose: '—' })).toBe(
      PUBLISHED.acbStatic,
    );
  });

  it('refuses a malformed BIN, account or amount with coded problems at their fields', () => {
    const attempt = () => buildVietQr({ bin: '97041', accountNumber: '12 34', amount: 0 });
    expect(attempt).toThrow(DomainError);
    try {
      attempt();
    } catch (error) {
      const codes = (error as DomainError).problems.map((p) => [p.path.join('.'), p.code]);
      expect(codes).toEqual([
        ['bin', 'vietqr.invalid_bin'],
        ['accountNumber', 'vietqr.invalid_account'],
        ['amount', 'money.not_positive'],
      ]);
    }
  });
});

describe('parseVietQr', () => {
  it('reads the published codes back', () => {
    expect(parseVietQr(PUBLISHED.acbDynamic)).toEqual({
      initiation: 'dynamic',
      bin: '970416',
      bank: expect.objectContaining({ code: 'ACB', shortName: 'ACB' }),
      accountNumber: '257678859',
      service: 'QRIBFTTA',
      amount: 10_000,
      purpose: 'Chuyen tien',
    });
    expect(parseVietQr(PUBLISHED.acbDecodeExample).amount).toBe(1_000);
    expect(parseVietQr(PUBLISHED.acbStatic)).toMatchObject({
      initiation: 'static',
      amount: null,
      purpose: null,
    });
    expect(parseVietQr(PUBLISHED.vietcombankCard)).toMatchObject({
      service: 'QRIBFTTC',
      accountNumber: '123456789012',
      amount: 120_000,
      purpose: 'Pay a box',
    });
  });

  it('reads codes with fields it does not use (MoMo’s reference and field 80)', () => {
    expect(parseVietQr(PUBLISHED.momoWithExtras)).toMatchObject({
      bin: '970454',
      accountNumber: '99MM24011M34875080',
      purpose: null,
    });
  });

  it('accepts a lower-case checksum, which some generators print', () => {
    const lower = PUBLISHED.acbStatic.replace(/AE9F$/, 'ae9f');
    expect(parseVietQr(lower).accountNumber).toBe('257678859');
  });

  it('rejects a wrong checksum, naming the expected one', () => {
    expect(() => parseVietQr(PUBLISHED.acbStatic.replace(/AE9F$/, 'AE9E'))).toThrow(
      expect.objectContaining({ code: 'vietqr.bad_crc', params: { expected: 'AE9F', actual: 'AE9E' } }),
    );
  });

  it('rejects a broken TLV structure and a non-VietQR EMVCo code', () => {
    expect(() => parseVietQr('000201010211389')).toThrow(
      expect.objectContaining({ code: 'vietqr.malformed' }),
    );
    expect(() => parseVietQr('')).toThrow(expect.objectContaining({ code: 'vietqr.malformed' }));
    // VNPay's merchant code from the same README: valid EMVCo, but its template is 26 with VNPay's GUID.
    const vnpay =
      '00020101021126280010A0000007750110010531314453037045408210900005802VN5910CELLPHONES62600312CPSHN ONLINE0517021908061613127850705ONLHN0810CellphoneS63047685';
    expect(() => parseVietQr(vnpay)).toThrow(expect.objectContaining({ code: 'vietqr.not_vietqr' }));
  });
});

describe('VietQR properties', () => {
  const inputs = fc.record(
    {
      bin: fc.stringMatching(/^\d{6}$/),
      accountNumber: fc.stringMatching(/^[0-9A-Za-z]{1,19}$/),
      amount: fc.integer({ min: 1, max: 10_000_000_000 }),
      purpose: fc.string({ maxLength: 60 }),
    },
    { requiredKeys: ['bin', 'accountNumber'] },
  );

  it('build → parse round-trips, and the checksum checks', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const payload = buildVietQr(input);
        expect(payload.slice(-4)).toBe(crc16Hex(payload.slice(0, -4)));
        const purpose = input.purpose === undefined ? '' : vietQrPurpose(input.purpose);
        expect(parseVietQr(payload)).toEqual({
          initiation: input.amount === undefined ? 'static' : 'dynamic',
          bin: input.bin,
          bank: findBankByBin(input.bin) ?? null,
          accountNumber: input.accountNumber,
          service: 'QRIBFTTA',
          amount: input.amount ?? null,
          purpose: purpose === '' ? null : purpose,
        });
      }),
    );
  });

  it('changing any one character makes the payload unreadable', () => {
    fc.assert(
      fc.property(
        inputs,
        fc.nat(),
        fc.constantFrom(...'0123456789ABCDEFXYZabcxyz -.'),
        (input, where, replacement) => {
          const payload = buildVietQr(input);
          const i = where % payload.length;
          const original = payload[i] ?? '';
          // Upper- and lower-case hex spell the same checksum, so they are not a change there.
          const same = i >= payload.length - 4 ? original.toUpperCase() === replacement.toUpperCase() : false;
          fc.pre(replacement !== original && !same);
          const damaged = payload.slice(0, i) + replacement + payload.slice(i + 1);
          expect(() => parseVietQr(damaged)).toThrow(DomainError);
        },
      ),
    );
  });
});

describe('vietQrForOrder', () => {
  const account = { bin: '970436', accountNumber: '0011001234567' };

  it('asks for the order total with the order reference first in the purpose', () => {
    const order = placedOrder(3_000);
    const code = parseVietQr(vietQrForOrder(order, account));
    expect(code).toMatchObject({ bin: '970436', accountNumber: '0011001234567', amount: order.totals.total });
    // The fixture's order id is "order-2": its reference is DH + its last eight letters or digits.
    expect(code.purpose).toBe('DHORDER2 NONGSAN');
  });

  it('refuses when nothing is owed: paid in full, or cancelled', () => {
    const order = placedOrder(3_000);
    const seller = { kind: 'seller', userId: 'u', householdId: order.shopId } as const;
    const paid = applyOrderAction(order, { type: 'record_payment' }, seller, order.placedAt).order;
    expect(() => vietQrForOrder(paid, account)).toThrow(
      expect.objectContaining({ code: 'payment.nothing_due' }),
    );
    const cancelled = applyOrderAction(
      order,
      { type: 'cancel' },
      { kind: 'buyer', userId: order.buyerId },
      order.placedAt,
    ).order;
    expect(() => vietQrForOrder(cancelled, account)).toThrow(
      expect.objectContaining({ code: 'payment.nothing_due' }),
    );
  });
});

describe('createVietQr: what the builder changed, reported or refused', () => {
  const account = { bin: '970436', accountNumber: '0011004123456' } as const;
  const codes = (warnings: readonly { code: string }[]) => warnings.map((w) => w.code);

  it('reports stripped accents and removed characters, and keeps the code readable', () => {
    const built = createVietQr({ ...account, purpose: 'Tiền vải thiều #12!' });
    expect(built.purpose).toBe('Tien vai thieu 12');
    expect(codes(built.warnings)).toEqual([
      'vietqr.purpose_accents_stripped',
      'vietqr.purpose_characters_removed',
    ]);
    expect(built.warnings[1]?.params).toEqual({ characters: '# !' });
    expect(parseVietQr(built.payload).purpose).toBe('Tien vai thieu 12');
  });

  it('cuts a long purpose at a word, never inside an order number, and says what it dropped', () => {
    const built = createVietQr({ ...account, purpose: 'Thanh toan don DH8F3K2Q9Z cho chi Hoa' });
    expect(built.purpose).toBe('Thanh toan don DH8F3K2Q9Z');
    expect(built.warnings).toEqual([
      {
        code: 'vietqr.purpose_shortened',
        path: ['purpose'],
        params: { maximum: 25, kept: 'Thanh toan don DH8F3K2Q9Z', dropped: 'cho chi Hoa' },
      },
    ]);
    expect(formatMessage('vietqr.purpose_shortened', built.warnings[0]?.params, 'vi')).toContain(
      'cho chi Hoa',
    );
  });

  it('reports a purpose of only emoji, which leaves the code without one', () => {
    const built = createVietQr({ ...account, amount: 50_000, purpose: '🍉🍉' });
    expect(built.purpose).toBeNull();
    expect(codes(built.warnings)).toContain('vietqr.purpose_emptied');
    expect(parseVietQr(built.payload).purpose).toBeNull();
  });

  it('warns about a BIN no bank on the list has, and says nothing for a known one', () => {
    expect(codes(createVietQr({ bin: '970999', accountNumber: '1' }).warnings)).toEqual([
      'vietqr.unknown_bin',
    ]);
    expect(createVietQr({ ...account, purpose: 'DH1 NONGSAN' }).warnings).toEqual([]);
  });

  it('in strict mode refuses instead of changing anything, with every problem', () => {
    const attempt = () =>
      buildVietQr({ bin: '970999', accountNumber: '1', purpose: 'Tiền 🍉' }, { strict: true });
    expect(attempt).toThrow(DomainError);
    try {
      attempt();
    } catch (error) {
      expect(codes((error as DomainError).problems)).toEqual([
        'vietqr.unknown_bin',
        'vietqr.purpose_accents_stripped',
        'vietqr.purpose_characters_removed',
      ]);
    }
    expect(buildVietQr({ ...account, purpose: 'DH1 NONGSAN' }, { strict: true })).toBe(
      buildVietQr({ ...account, purpose: 'DH1 NONGSAN' }),
    );
  });

  it('builds a card (QRIBFTTC) code byte for byte as a published one', () => {
    const built = createVietQr({
      bin: '970436',
      cardNumber: '1234 5678 9012',
      amount: 120_000,
      purpose: 'Pay a box',
    });
    expect(built.payload).toBe(PUBLISHED.vietcombankCard);
    expect(parseVietQr(built.payload)).toMatchObject({ service: 'QRIBFTTC', accountNumber: '123456789012' });
  });

  it('wants exactly one of an account or a card number, and a card of digits', () => {
    const problemsOf = (input: Parameters<typeof createVietQr>[0]) => {
      try {
        createVietQr(input);
        return [];
      } catch (error) {
        return codes((error as DomainError).problems);
      }
    };
    expect(problemsOf({ bin: '970436' })).toEqual(['vietqr.account_or_card']);
    expect(problemsOf({ bin: '970436', accountNumber: '1', cardNumber: '2' })).toEqual([
      'vietqr.account_or_card',
    ]);
    expect(problemsOf({ bin: '970436', cardNumber: '4111-1111' })).toEqual(['vietqr.invalid_card']);
  });
});

describe('parseVietQr: amounts written in the forms EMVCo allows', () => {
  const withAmount = (amount: string) => {
    const body = PUBLISHED.acbStatic
      .slice(0, -8)
      .replace('010211', '010212')
      .replace('5802VN', `54${String(amount.length).padStart(2, '0')}${amount}5802VN`);
    return `${body}6304${crc16Hex(`${body}6304`)}`;
  };

  it.each(['120000', '120000.', '120000.0', '120000.00', '0120000'])('reads %s as 120.000 ₫', (amount) => {
    expect(parseVietQr(withAmount(amount)).amount).toBe(120_000);
  });

  it.each(['120000.50', '12e4', '0', '-5', '1.2.3'])('refuses %s (field 54)', (amount) => {
    expect(() => parseVietQr(withAmount(amount))).toThrow(
      expect.objectContaining({ code: 'vietqr.invalid_field', params: { field: '54', value: amount } }),
    );
  });

  it('knows the bank of a BIN on the list, and says null for one it does not know', () => {
    expect(parseVietQr(PUBLISHED.vietcombankCard).bank?.shortName).toBe('Vietcombank');
    expect(parseVietQr(PUBLISHED.momoWithExtras).bank).toBeNull();
  });
});
