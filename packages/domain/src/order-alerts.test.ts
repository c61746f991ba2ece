import { describe, expect, it } from 'vitest';
import { alertForEvent, needsConfirmReminder, orderAlert, orderAlertPath } from './order-alerts.ts';

const PLACED_AT = new Date('2026-09-15T02:00:00Z');
const CONFIRM_BY = new Date('2026-09-16T02:00:00Z');
const hours = (n: number) => new Date(PLACED_AT.getTime() + n * 3_600_000);

describe('order alerts', () => {
  it('come for a new order and a buyer cancelling, not for the seller cancelling or the clock', () => {
    expect(alertForEvent({ kind: 'placed', actorKind: 'buyer' })).toBe('new_order');
    expect(alertForEvent({ kind: 'cancelled', actorKind: 'buyer' })).toBe('buyer_cancelled');
    expect(alertForEvent({ kind: 'cancelled', actorKind: 'seller' })).toBeNull();
    expect(alertForEvent({ kind: 'expired', actorKind: 'system' })).toBeNull();
    expect(alertForEvent({ kind: 'confirmed', actorKind: 'seller' })).toBeNull();
  });

  it('remind of an unconfirmed order once 12 hours or less are left, until the deadline', () => {
    const order = { status: 'placed', confirmBy: CONFIRM_BY };
    expect(needsConfirmReminder(order, hours(11.9))).toBe(false);
    expect(needsConfirmReminder(order, hours(12))).toBe(true);
    expect(needsConfirmReminder(order, hours(23.9))).toBe(true);
    expect(needsConfirmReminder(order, hours(24))).toBe(false);
    expect(needsConfirmReminder({ ...order, status: 'confirmed' }, hours(13))).toBe(false);
  });

  it('say in Vietnamese what happened and open the order, under the household for its helper', () => {
    const order = { id: 'ord_01hx9abcdef12', total: 99_000, shopName: 'Nhà chị Lan' };
    const own = orderAlert('new_order', order, { helperOf: null });
    expect(own.title).toBe('Đơn hàng mới DHABCDEF12');
    expect(own.body).toBe('99.000\u00a0₫. Hãy xác nhận trong vòng 24 giờ, nếu không đơn sẽ tự hủy.');
    expect(own.path).toBe('/orders/ord_01hx9abcdef12');
    const helper = orderAlert('confirm_soon', order, { helperOf: 'bac-son/ra-la/h-0021' });
    expect(helper.title).toBe('Còn 12 giờ để xác nhận đơn DHABCDEF12 (Nhà chị Lan)');
    expect(helper.path).toBe('/households/bac-son%2Fra-la%2Fh-0021/orders/ord_01hx9abcdef12');
    expect(orderAlert('buyer_cancelled', order, { helperOf: null }).title).toBe(
      'Người mua đã hủy đơn DHABCDEF12',
    );
    expect(orderAlertPath('a/b', null)).toBe('/orders/a%2Fb');
  });
});
