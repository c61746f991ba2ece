import { describe, expect, it } from 'vitest';
import { findInternalCodes } from './visible-text-scan.ts';

describe('the internal-code scan', () => {
  it('finds what the issue saw reach people', () => {
    expect(findInternalCodes('Chỉ được chọn: dragon-fruit, red-peanut')).toEqual([
      'an internal word: "dragon-fruit"',
      'an internal word: "red-peanut"',
    ]);
    expect(findInternalCodes('Sai kiểu dữ liệu (cần number)')).toEqual([
      'a raw schema or runtime message: "number"',
    ]);
    expect(findInternalCodes('order.deliver / order.hand_over')).toEqual([
      'a dotted code: "order.deliver"',
      'a dotted code: "order.hand_over"',
      'a snake_case code: "hand_over"',
    ]);
  });

  it('finds raw enum values, error codes and runtime leftovers', () => {
    expect(findInternalCodes('Trạng thái: handed_over')).toContain('an internal word: "handed_over"');
    expect(findInternalCodes('Lỗi BAD_REQUEST')).toContain('an upper-case error code: "BAD_REQUEST"');
    expect(findInternalCodes('Tổng: undefined ₫')).toContain('a raw schema or runtime message: "undefined"');
    expect(findInternalCodes('Ghi chú: [object Object]')).toContain(
      'a raw schema or runtime message: "[object Object]"',
    );
    expect(findInternalCodes('Mã hộ: householdId')).toContain('a camelCase name: "householdId"');
  });

  it('lets Vietnamese text, names, money, phones, codes meant for people and addresses pass', () => {
    const page = [
      'Xin chào, Vi Minh Cường · Nông sản Bắc Sơn · English',
      'DHO0003960 · Đã giao · Tổng: 98.000 ₫ · 0980 000 288 · Mã vận đơn: VTP000001784',
      'Thanh long ruột đỏ: 1,5 kg × 29.000 ₫/kg · MoMo · ZaloPay · Viettel Money · 12/2026',
      'Xem https://nongsan.example/seller/orders hoặc hotro@nongsan.vn',
    ].join('\n');
    expect(findInternalCodes(page)).toEqual([]);
  });
});
