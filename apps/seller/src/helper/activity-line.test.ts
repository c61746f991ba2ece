import { type Locale, orderReference } from '@nongsan/domain';
import { isStringKey, translate, type UiStringKey } from '@nongsan/ui';
import { describe, expect, it } from 'vitest';
import { appWords } from '../words.ts';
import { type ActivityEntryFacts, activityLine } from './activity-line.ts';

const line = (entry: ActivityEntryFacts, locale: Locale) =>
  activityLine(entry, {
    t: (key: UiStringKey, params?: Record<string, string>) => translate(key, params, locale, appWords),
    has: (key: string): key is UiStringKey => isStringKey(key, appWords),
  });

describe("the activity log's words", () => {
  const orderId = 'ord_01JABCDEF0123456789';
  const reference = orderReference({ id: orderId });

  it('names the order of an order step, in both languages, without the step’s code', () => {
    const handOver = { action: 'order.hand_over', details: { orderId, trackingCode: 'VTP123456789' } };
    expect(line(handOver, 'vi')).toBe(`Giao đơn ${reference} cho bưu điện`);
    expect(line(handOver, 'en')).toBe(`Handed order ${reference} to the post`);
    expect(line({ action: 'order.deliver', details: { orderId } }, 'vi')).toBe(
      `Ghi đơn ${reference} đã giao tới người mua`,
    );
  });

  it('names the listing and says which status change it was', () => {
    const pause = {
      action: 'listing.set_status',
      details: { listingId: 'lst_1', action: 'pause', title: 'Thanh long ruột đỏ' },
    };
    expect(line(pause, 'vi')).toBe('Tạm dừng bán: Thanh long ruột đỏ');
    expect(line(pause, 'en')).toBe('Paused: Thanh long ruột đỏ');
    // An entry written before titles were kept still reads as words.
    expect(line({ action: 'listing.update', details: { listingId: 'lst_1' } }, 'vi')).toBe(
      'Sửa sản phẩm: một sản phẩm',
    );
  });

  it('never shows a code it does not know', () => {
    expect(line({ action: 'shop.archive', details: {} }, 'vi')).toBe('Thao tác khác');
    expect(line({ action: 'listing.set_status', details: { action: 'explode' } }, 'en')).toBe(
      'Another change',
    );
  });
});
