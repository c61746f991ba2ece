import { formatAddress } from '@nongsan/domain';
import { describe, expect, it } from 'vitest';
import {
  communesOf,
  deliveryProvinces,
  EMPTY_ADDRESS,
  missingAddressFields,
  OTHER_PLACE,
  toAddress,
} from './delivery-address.ts';

describe("a delivery address in today's two levels", () => {
  it('offers the provinces whose communes are known, and their current communes only', () => {
    expect(deliveryProvinces().map((p) => p.name)).toContain('Lạng Sơn');
    const communes = communesOf('20');
    expect(communes.map((c) => c.name)).toContain('Bắc Sơn');
    // Long Đống was merged into xã Bắc Sơn in 2025: it is not offered any more.
    expect(communes.map((c) => c.name)).not.toContain('Long Đống');
    expect(communes.every((c) => c.form === 'current')).toBe(true);
  });

  it('asks for the commune, then a village (or a street when "other"), and the phone', () => {
    expect(missingAddressFields(EMPTY_ADDRESS)).toEqual(['communeCode', 'phone']);
    const inBacSon = { ...EMPTY_ADDRESS, communeCode: '06325', phone: '0912345678' };
    expect(missingAddressFields(inBacSon)).toEqual(['villageId']);
    expect(missingAddressFields({ ...inBacSon, villageId: OTHER_PLACE })).toEqual(['line']);
    expect(missingAddressFields({ ...inBacSon, villageId: 'long-dong:an-ninh-1' })).toEqual([]);
  });

  it('builds the domain address: a known village by name, or the typed street', () => {
    const base = { ...EMPTY_ADDRESS, communeCode: '06325', phone: '0912345678' };
    const village = toAddress({ ...base, villageId: 'long-dong:an-ninh-1' });
    expect(formatAddress(village, 'vi')).toBe('Thôn An Ninh 1, xã Bắc Sơn, tỉnh Lạng Sơn');
    expect(village.villageId).toBe('long-dong:an-ninh-1');
    const street = toAddress({ ...base, villageId: OTHER_PLACE, line: '12 Hoàng Văn Thụ' });
    expect(formatAddress(street, 'vi')).toBe('12 Hoàng Văn Thụ, xã Bắc Sơn, tỉnh Lạng Sơn');
  });
});
