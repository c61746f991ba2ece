import { describe, expect, it } from 'vitest';
import { errorOf } from '../test/domain-error.ts';
import { findBank } from './banks.ts';
import { getProduct, PRODUCTS, type ProductId } from './catalog.ts';
import { formatMessage } from './messages.ts';
import { canChangeOrderStatus, orderStatusChanges } from './order-state.ts';
import { communesNamed } from './places.ts';
import { monthInSeason } from './seasons.ts';

/** The questions a developer new to the domain asks first, each answered by one function. */
describe('can an order go from one status to another?', () => {
  it('follows the state machine, step by step', () => {
    expect(canChangeOrderStatus('placed', 'confirmed')).toBe(true);
    expect(canChangeOrderStatus('handed_over', 'completed')).toBe(true);
    expect(canChangeOrderStatus('placed', 'delivered')).toBe(false); // not in one step
    expect(canChangeOrderStatus('delivered', 'placed')).toBe(false);
    expect(canChangeOrderStatus('cancelled', 'confirmed')).toBe(false);
  });

  it('answers for one kind of actor, and lists the steps with who takes them', () => {
    expect(canChangeOrderStatus('placed', 'confirmed', 'buyer')).toBe(false);
    expect(canChangeOrderStatus('placed', 'confirmed', 'helper')).toBe(true);
    expect(canChangeOrderStatus('placed', 'cancelled', 'system')).toBe(true); // expiry after 24 hours
    expect(orderStatusChanges('placed', 'cancelled').map((t) => t.action)).toEqual(['cancel', 'expire']);
    expect(orderStatusChanges('placed', 'placed')).toEqual([]); // recording a payment is not a status change
  });
});

describe('what is in season in a month?', () => {
  const ids = (products: readonly { id: ProductId }[]) => products.map((p) => p.id);

  it('tells the harvest from what is still sold from an earlier one', () => {
    const july = monthInSeason(PRODUCTS, 7, 2026);
    expect(ids(july.harvested)).toEqual(['dragon-fruit', 'red-peanut', 'grape', 'custard-apple']);
    expect(ids(july.stillSold)).toEqual(['star-anise']); // dried, from last autumn
  });

  it('has nothing harvested in March, and four products still sold', () => {
    const march = monthInSeason(PRODUCTS, 3, 2026);
    expect(march.harvested).toEqual([]);
    expect(ids(march.stillSold)).toEqual(['red-peanut', 'black-banh-chung', 'golden-mandarin', 'star-anise']);
  });

  it('counts a harvest that runs over the new year in both its years', () => {
    expect(ids(monthInSeason(PRODUCTS, 1, 2026).harvested)).toEqual(['black-banh-chung', 'golden-mandarin']);
    expect(ids(monthInSeason(PRODUCTS, 12, 2026).harvested)).toEqual(['black-banh-chung', 'golden-mandarin']);
  });
});

describe('which commune is called "Long Đống", before and after 2025?', () => {
  it('finds the legacy commune and the one it became', () => {
    const [longDong, ...others] = communesNamed('Long Đống');
    expect(others).toEqual([]);
    expect(longDong?.commune).toMatchObject({ code: '06328', form: 'legacy' });
    expect(longDong?.successor).toMatchObject({ code: '06325', name: 'Bắc Sơn', form: 'current' });
  });

  it('ignores accents, case and the commune word, and finds both forms of a name used twice', () => {
    expect(communesNamed('xa long dong').map((c) => c.commune.code)).toEqual(['06328']);
    const bacSon = communesNamed('Bắc Sơn');
    expect(bacSon.map((c) => [c.commune.form, c.commune.kind])).toEqual([
      ['legacy', 'thi_tran'],
      ['current', 'xa'],
    ]);
    expect(bacSon[1]?.predecessors?.map((c) => c.name).sort()).toEqual(['Bắc Quỳnh', 'Bắc Sơn', 'Long Đống']);
    expect(communesNamed('Hà Nội')).toEqual([]);
  });
});

describe('which bank is "Vietcombank" or "VCB"?', () => {
  it('finds a bank by the name people say, its code, its BIN or its registered name', () => {
    for (const query of [
      'Vietcombank',
      'VCB',
      'vcb',
      '970436',
      'Ngân hàng TMCP Ngoại thương Việt Nam',
      'ngan hang ngoai thuong viet nam',
    ])
      expect(findBank(query)?.bin, query).toBe('970436');
    expect(findBank('Agribank')?.code).toBe('VBA');
    expect(findBank('Nam A Bank')?.bin).toBe('970428');
    expect(findBank('Bank of Nowhere')).toBeUndefined();
    expect(findBank('  ')).toBeUndefined();
  });
});

describe('getProduct with an id that is not in the catalog', () => {
  it('throws a DomainError with a code and words, not a TypeError', () => {
    const error = errorOf(() => getProduct('durian' as ProductId));
    expect(error.code).toBe('catalog.unknown_product');
    expect(formatMessage(error.code, error.params, 'vi')).toBe('Không có sản phẩm “durian” trong danh mục.');
  });
});
