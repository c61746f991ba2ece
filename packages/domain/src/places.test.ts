import { describe, expect, it } from 'vitest';
import { errorOf } from '../test/domain-error.ts';
import { parseInput } from './errors.ts';
import {
  type Address,
  AddressSchema,
  addressFormOn,
  communeAddress,
  deliveryZoneFor,
  findCommune,
  findProvince,
  formatAddress,
  isInFormerBacSonDistrict,
  isInLangSon,
  successorOf,
  toCurrentAddress,
  villageAddress,
  villagesOf,
} from './places.ts';
import { BAC_SON_SUCCESSORS, COMMUNES, LANG_SON_PROVINCE_CODE, PROVINCES, VILLAGES } from './places-data.ts';

const LONG_DONG = '06328';
const TT_BAC_SON = '06325';
const BAC_QUYNH = '06343';
const XA_BAC_SON = '06325';
const VU_LANG_LEGACY = '06367';
const TAN_TRI_CURRENT = '06337';
const CHI_LANG_CURRENT = '06463';
const PHUONG_DONG_KINH = '05977';
const PHUONG_HOANG_VAN_THU_LEGACY = '05971';
const HA_NOI_HOAN_KIEM = '00070';
const QUANG_NINH_HA_TU = '06652';

describe('place data', () => {
  it('has Long Đống with its ten villages, An Ninh 1 and Rạ Lá real and the other eight marked invented', () => {
    const villages = villagesOf(LONG_DONG, 'legacy');
    expect(villages).toHaveLength(10);
    expect(villages.filter((v) => !v.invented).map((v) => v.name)).toEqual(['An Ninh 1', 'Rạ Lá']);
    expect(villages.filter((v) => v.invented)).toHaveLength(8);
    expect(new Set(villages.map((v) => v.name)).size).toBe(10);
  });

  it('keeps the same villages, with their names, under xã Bắc Sơn in the current form', () => {
    expect(villagesOf(XA_BAC_SON, 'current').map((v) => v.name)).toEqual(
      villagesOf(LONG_DONG, 'legacy').map((v) => v.name),
    );
    expect(villagesOf(LONG_DONG, 'current')).toEqual([]);
  });

  it('knows the 18 legacy communes of the Bắc Sơn district and the 65 current units of Lạng Sơn', () => {
    const legacy = COMMUNES.filter((c) => c.form === 'legacy');
    const current = COMMUNES.filter((c) => c.form === 'current');
    expect(legacy).toHaveLength(18);
    expect(legacy.every((c) => c.district?.name === 'Bắc Sơn')).toBe(true);
    expect(current).toHaveLength(65);
    expect(current.filter((c) => c.kind === 'phuong')).toHaveLength(4);
    for (const form of ['legacy', 'current'] as const) {
      const codes = COMMUNES.filter((c) => c.form === form).map((c) => c.code);
      expect(new Set(codes).size).toBe(codes.length);
    }
    expect(COMMUNES.every((c) => c.provinceCode === LANG_SON_PROVINCE_CODE && isInLangSon(c.code))).toBe(
      true,
    );
  });

  it('tells apart two communes that share a code across the reform', () => {
    expect(findCommune(TT_BAC_SON, 'legacy')).toMatchObject({ name: 'Bắc Sơn', kind: 'thi_tran' });
    expect(findCommune(XA_BAC_SON, 'current')).toMatchObject({ name: 'Bắc Sơn', kind: 'xa' });
    expect(findCommune('06337', 'legacy')?.name).toBe('Đồng Ý');
    expect(findCommune('06337', 'current')?.name).toBe('Tân Tri');
  });

  it('lists 63 provinces before the reform and 34 after, Lạng Sơn keeping code 20', () => {
    expect(PROVINCES.filter((p) => p.forms.includes('legacy'))).toHaveLength(63);
    expect(PROVINCES.filter((p) => p.forms.includes('current'))).toHaveLength(34);
    expect(findProvince('20', 'legacy')?.name).toBe('Lạng Sơn');
    expect(findProvince('20', 'current')?.name).toBe('Lạng Sơn');
    expect(findProvince('24', 'legacy')?.name).toBe('Bắc Giang');
    expect(findProvince('24', 'current')?.name).toBe('Bắc Ninh');
  });

  it('maps every legacy Bắc Sơn commune to one of the six 2025 communes', () => {
    const successors = new Set(Object.values(BAC_SON_SUCCESSORS));
    expect(Object.keys(BAC_SON_SUCCESSORS).sort()).toEqual(
      COMMUNES.filter((c) => c.form === 'legacy')
        .map((c) => c.code)
        .sort(),
    );
    expect([...successors].map((code) => findCommune(code, 'current')?.name).sort()).toEqual(
      ['Bắc Sơn', 'Hưng Vũ', 'Nhất Hòa', 'Tân Tri', 'Vũ Lăng', 'Vũ Lễ'].sort(),
    );
    for (const code of [LONG_DONG, TT_BAC_SON, BAC_QUYNH]) expect(successorOf(code)?.name).toBe('Bắc Sơn');
  });

  it('switches address form on 1 July 2025', () => {
    expect(addressFormOn('2021-07-15')).toBe('legacy');
    expect(addressFormOn('2025-06-30')).toBe('legacy');
    expect(addressFormOn('2025-07-01')).toBe('current');
  });
});

describe('addresses', () => {
  const rala2021 = villageAddress('long-dong:ra-la', 'legacy');

  it('builds and formats a village address in both forms and both languages', () => {
    expect(formatAddress(rala2021, 'vi')).toBe('Thôn Rạ Lá, xã Long Đống, huyện Bắc Sơn, tỉnh Lạng Sơn');
    expect(formatAddress(rala2021, 'en')).toBe(
      'Rạ Lá village, Long Đống commune, Bắc Sơn district, Lạng Sơn province',
    );
    const today = villageAddress('long-dong:ra-la', 'current');
    expect(formatAddress(today, 'vi')).toBe('Thôn Rạ Lá, xã Bắc Sơn, tỉnh Lạng Sơn');
    expect(formatAddress(today, 'en')).toBe('Rạ Lá village, Bắc Sơn commune, Lạng Sơn province');
  });

  it('formats a street address in a city as written', () => {
    const address: Address = {
      form: 'current',
      province: { code: '01', name: 'Hà Nội', kind: 'thanh_pho' },
      commune: { code: HA_NOI_HOAN_KIEM, name: 'Hoàn Kiếm', kind: 'phuong' },
      line: 'Số 12 phố Hàng Bạc',
    };
    expect(formatAddress(parseInput(AddressSchema, address), 'vi')).toBe(
      'Số 12 phố Hàng Bạc, phường Hoàn Kiếm, thành phố Hà Nội',
    );
    expect(formatAddress(address, 'en')).toBe('Số 12 phố Hàng Bạc, Hoàn Kiếm ward, Hà Nội City');
  });

  it('moves a 2021 Long Đống address to today’s xã Bắc Sơn, keeping the village', () => {
    const today = toCurrentAddress(rala2021);
    expect(today).toEqual(villageAddress('long-dong:ra-la', 'current'));
    expect(today).not.toHaveProperty('district');
    expect(AddressSchema.parse(today)).toEqual(today);
    expect(toCurrentAddress(today)).toBe(today);
  });

  it('moves thị trấn Bắc Sơn and Bắc Quỳnh to xã Bắc Sơn and Vũ Lăng to xã Vũ Lăng', () => {
    expect(toCurrentAddress(communeAddress(TT_BAC_SON, 'legacy', 'Khối phố Trần Phú')).commune).toEqual({
      code: XA_BAC_SON,
      name: 'Bắc Sơn',
      kind: 'xa',
    });
    expect(toCurrentAddress(communeAddress(BAC_QUYNH, 'legacy', 'Thôn X')).commune.name).toBe('Bắc Sơn');
    expect(toCurrentAddress(communeAddress('06358', 'legacy', 'Thôn Y')).commune.name).toBe('Vũ Lăng');
  });

  it('refuses to guess the successor of a commune it does not know', () => {
    const elsewhere: Address = {
      form: 'legacy',
      province: { code: '20', name: 'Lạng Sơn', kind: 'tinh' },
      district: { name: 'Lạng Sơn', kind: 'thanh_pho' },
      commune: { code: PHUONG_HOANG_VAN_THU_LEGACY, name: 'Hoàng Văn Thụ', kind: 'phuong' },
      line: 'Số 1 đường Lê Lợi',
    };
    const error = errorOf(() => toCurrentAddress(elsewhere));
    expect(error.code).toBe('places.no_successor');
    expect(error.params).toMatchObject({ commune: 'Hoàng Văn Thụ' });
  });

  it('validates addresses as a union on their form, with field paths', () => {
    const error = errorOf(() =>
      parseInput(AddressSchema, {
        form: 'current',
        province: { code: '20', name: 'Lạng Sơn', kind: 'tinh' },
        commune: { code: '6325', name: 'Bắc Sơn', kind: 'xa' },
        line: '  ',
      }),
    );
    expect(error.problems.map((p) => [p.code, p.path])).toEqual([
      ['places.invalid_commune_code', ['commune', 'code']],
      ['validation.too_short', ['line']],
    ]);
    expect(
      errorOf(() => parseInput(AddressSchema, { ...rala2021, district: undefined })).problems[0]?.path,
    ).toEqual(['district']);
  });

  it('refuses unknown places with their codes', () => {
    expect(errorOf(() => villageAddress('long-dong:nowhere', 'legacy')).code).toBe('places.unknown_village');
    expect(errorOf(() => communeAddress('99999', 'current', 'x')).code).toBe('places.unknown_commune');
    expect(errorOf(() => communeAddress(LONG_DONG, 'current', 'x')).code).toBe('places.unknown_commune');
  });

  it('refuses an address whose village is unknown or lies in another commune, at the village field', () => {
    const today = villageAddress('long-dong:ra-la', 'current');
    for (const villageId of ['long-dong:nowhere', 'khong-ton-tai']) {
      const error = errorOf(() => parseInput(AddressSchema, { ...today, villageId }));
      expect(error.problems.map((p) => [p.code, p.path])).toEqual([
        ['places.unknown_village', ['villageId']],
      ]);
    }
    // Rạ Lá is in xã Bắc Sơn today, not in Bình Gia; and a 2021 address names it under Long Đống.
    const binhGia = communeAddress('06112', 'current', 'Khu 1');
    expect(errorOf(() => parseInput(AddressSchema, { ...binhGia, villageId: 'long-dong:ra-la' })).code).toBe(
      'places.unknown_village',
    );
    expect(parseInput(AddressSchema, villageAddress('long-dong:ra-la', 'legacy')).villageId).toBe(
      'long-dong:ra-la',
    );
    expect(parseInput(AddressSchema, today)).toEqual(today);
  });
});

describe('delivery zones', () => {
  it('is local within the same commune and across the former Bắc Sơn district, in either naming', () => {
    expect(deliveryZoneFor(LONG_DONG, LONG_DONG)).toBe('local');
    expect(deliveryZoneFor(LONG_DONG, TT_BAC_SON)).toBe('local');
    expect(deliveryZoneFor(LONG_DONG, VU_LANG_LEGACY)).toBe('local');
    expect(deliveryZoneFor(LONG_DONG, TAN_TRI_CURRENT)).toBe('local');
    expect(deliveryZoneFor(XA_BAC_SON, '06382')).toBe('local');
  });

  it('is province for the rest of Lạng Sơn, old or new names', () => {
    expect(deliveryZoneFor(LONG_DONG, CHI_LANG_CURRENT)).toBe('province');
    expect(deliveryZoneFor(LONG_DONG, PHUONG_DONG_KINH)).toBe('province');
    expect(deliveryZoneFor(XA_BAC_SON, PHUONG_HOANG_VAN_THU_LEGACY)).toBe('province');
  });

  it('is elsewhere outside Lạng Sơn, next door included', () => {
    expect(deliveryZoneFor(LONG_DONG, HA_NOI_HOAN_KIEM)).toBe('elsewhere');
    expect(deliveryZoneFor(LONG_DONG, QUANG_NINH_HA_TU)).toBe('elsewhere');
  });

  it('treats every legacy Bắc Sơn commune and its successor as local to each other', () => {
    for (const [legacy, current] of Object.entries(BAC_SON_SUCCESSORS)) {
      expect(deliveryZoneFor(legacy, current)).toBe('local');
      expect(isInFormerBacSonDistrict(legacy) && isInFormerBacSonDistrict(current)).toBe(true);
    }
    expect(
      VILLAGES.every((v) => deliveryZoneFor(v.legacyCommuneCode, v.currentCommuneCode) === 'local'),
    ).toBe(true);
  });

  it('refuses a malformed commune code, naming the field', () => {
    const error = errorOf(() => deliveryZoneFor(LONG_DONG, '6328'));
    expect(error.code).toBe('places.invalid_commune_code');
    expect(error.path).toEqual(['buyerCommuneCode']);
  });
});
