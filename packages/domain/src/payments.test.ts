import { describe, expect, it } from 'vitest';
import { JULY } from '../test/fixtures.ts';
import { isPaid, recordPayment, unpaid } from './payments.ts';

describe('payments', () => {
  it('starts unpaid and is paid once the seller records the money', () => {
    const payment = unpaid('bank_transfer');
    expect(isPaid(payment)).toBe(false);
    const paid = recordPayment(payment, 99_000, JULY);
    expect(paid).toEqual({ method: 'bank_transfer', status: 'paid', paidAmount: 99_000, paidAt: JULY });
    expect(isPaid({ payment: paid })).toBe(true);
  });

  it('refuses a second recording and amounts that are not whole positive đồng', () => {
    expect(() => recordPayment(recordPayment(unpaid('e_wallet'), 1_000, JULY), 1_000, JULY)).toThrow(
      expect.objectContaining({ code: 'payment.already_paid' }),
    );
    for (const amount of [0, -5, 10.5])
      expect(() => recordPayment(unpaid('e_wallet'), amount, JULY)).toThrow(
        expect.objectContaining({ code: 'money.not_positive' }),
      );
  });
});
