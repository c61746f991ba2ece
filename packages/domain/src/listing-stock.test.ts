import { describe, expect, it } from 'vitest';
import { helperFor, JULY, listing, SHOP_A, SHOP_B, sellerOf } from '../test/fixtures.ts';
import { DomainError } from './errors.ts';
import { setListingStock } from './listing-stock.ts';
import { listingAfterWaiting } from './listings.ts';
import { formatProblem } from './messages.ts';

const seller = sellerOf(SHOP_A);

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('a seller sets how much is left to sell', () => {
  it('applies the number typed, the status following it', () => {
    const restocked = setListingStock(
      listing({ stock: 0, status: 'sold_out' }),
      { stock: 25_000 },
      seller,
      JULY,
    );
    expect(restocked).toMatchObject({ stock: 25_000, status: 'active', updatedAt: JULY });
    expect(setListingStock(listing(), { stock: 0 }, seller, JULY)).toMatchObject({
      stock: 0,
      status: 'sold_out',
    });
    expect(setListingStock(listing({ status: 'paused' }), { stock: 9_000 }, seller, JULY).status).toBe(
      'paused',
    );
    expect(setListingStock(listing(), { stock: 9_000 }, helperFor(SHOP_A), JULY).stock).toBe(9_000);
  });

  it('applies a number sent later only if the stock the seller saw is still the stock', () => {
    const now = listing({ stock: 12_000 });
    expect(setListingStock(now, { stock: 20_000, expectedStock: 12_000 }, seller, JULY).stock).toBe(20_000);
    // Buyers ordered 3 kg while the step waited: the 20 kg typed is not applied; the seller reads the numbers.
    const moved = refusal(() =>
      setListingStock(listing({ stock: 9_000 }), { stock: 20_000, expectedStock: 12_000 }, seller, JULY),
    );
    expect(moved.code).toBe('listing.stock_moved_meanwhile');
    const [problem] = moved.problems;
    if (!problem) throw new Error('no problem');
    expect(problem.path).toEqual(['expectedStock']);
    expect(formatProblem(problem, 'vi')).toBe(
      'Số hàng còn của “Thanh long ruột đỏ Long Đống” đã đổi trong lúc chờ gửi: lúc bạn sửa là 12 kg, bây giờ là 9 kg (có đơn đặt hoặc hủy trong lúc đó). Số 20 kg bạn nhập chưa được lưu; hãy xem lại rồi nhập lại.',
    );
    expect(formatProblem(problem, 'en')).toContain('it was 12 kg when you changed it and is 9 kg now');
    // Already the number typed: nothing to ask.
    expect(
      setListingStock(listing({ stock: 20_000 }), { stock: 20_000, expectedStock: 12_000 }, seller, JULY)
        .stock,
    ).toBe(20_000);
  });

  it('refuses a stock that is negative, fractional, below the minimum order, on an ended listing, or not theirs', () => {
    expect(refusal(() => setListingStock(listing(), { stock: -1 }, seller, JULY)).code).toBe(
      'quantity.negative',
    );
    expect(refusal(() => setListingStock(listing(), { stock: 1.5 }, seller, JULY)).code).toBe(
      'quantity.not_whole',
    );
    expect(
      refusal(() => setListingStock(listing({ minOrder: 2_000 }), { stock: 1_500 }, seller, JULY)).code,
    ).toBe('listing.min_order_above_stock');
    expect(
      refusal(() => setListingStock(listing({ status: 'ended' }), { stock: 5_000 }, seller, JULY)).code,
    ).toBe('listing.ended');
    expect(refusal(() => setListingStock(listing(), { stock: 5_000 }, sellerOf(SHOP_B), JULY)).code).toBe(
      'listing.forbidden',
    );
  });
});

describe('a new stock level waiting on the phone', () => {
  const onSale = { effectiveStatus: 'active', status: 'active', stock: 5_000 } as const;

  it('shows the stock and status it leads to, in order with the other steps', () => {
    expect(listingAfterWaiting(onSale, [{ stock: 8_000 }])).toEqual({ status: 'active', stock: 8_000 });
    expect(listingAfterWaiting(onSale, ['mark_sold_out', { stock: 3_000 }])).toEqual({
      status: 'active',
      stock: 3_000,
    });
    expect(listingAfterWaiting(onSale, [{ stock: 0 }, 'pause'])).toEqual({ status: 'paused', stock: 0 });
    expect(
      listingAfterWaiting({ ...onSale, effectiveStatus: 'ended', status: 'ended' }, [{ stock: 1 }]),
    ).toEqual({
      status: 'ended',
      stock: 5_000,
    });
  });
});
