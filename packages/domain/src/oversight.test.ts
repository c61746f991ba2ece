import { describe, expect, it } from 'vitest';
import { isDomainError } from './errors.ts';
import { checkAppointment, currentCommunesOf, overseenCommune, oversees } from './oversight.ts';

const BAC_SON = { code: '06325', provinceCode: '20' };
const HUNG_VU = { code: '06349', provinceCode: '20' };
const ELSEWHERE = { code: '00004', provinceCode: '01' };

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (isDomainError(error)) return error.code;
    throw error;
  }
  return 'none';
}

describe('oversight', () => {
  it('a commune official sees their commune only; a province official every commune of the province', () => {
    const commune = { kind: 'commune', communeCode: '06325' } as const;
    const province = { kind: 'province', provinceCode: '20' } as const;
    expect([BAC_SON, HUNG_VU, ELSEWHERE].map((c) => oversees(commune, c))).toEqual([true, false, false]);
    expect([BAC_SON, HUNG_VU, ELSEWHERE].map((c) => oversees(province, c))).toEqual([true, true, false]);
    expect(oversees({ kind: 'none' }, BAC_SON)).toBe(false);
  });

  it("names the commune a request is about: one's own by default, another refused, a province official must choose", () => {
    const commune = { kind: 'commune', communeCode: '06325' } as const;
    const province = { kind: 'province', provinceCode: '20' } as const;
    expect(overseenCommune(commune, undefined)).toBe('06325');
    expect(codeOf(() => overseenCommune(commune, { code: '06349', commune: HUNG_VU }))).toBe(
      'commune.forbidden',
    );
    expect(codeOf(() => overseenCommune(province, undefined))).toBe('commune.required');
    expect(overseenCommune(province, { code: '06349', commune: HUNG_VU })).toBe('06349');
    expect(codeOf(() => overseenCommune(province, { code: '06999', commune: undefined }))).toBe(
      'commune.not_found',
    );
    expect(codeOf(() => overseenCommune({ kind: 'none' }, undefined))).toBe('commune.forbidden');
  });

  it('appointments stay within the appointer’s reach; only a province official makes another', () => {
    const commune = { kind: 'commune', communeCode: '06325' } as const;
    const province = { kind: 'province', provinceCode: '20' } as const;
    expect(codeOf(() => checkAppointment(commune, { role: 'helper', commune: BAC_SON }))).toBe('none');
    expect(codeOf(() => checkAppointment(commune, { role: 'official', commune: HUNG_VU }))).toBe(
      'commune.forbidden',
    );
    expect(codeOf(() => checkAppointment(commune, { role: 'province_official', provinceCode: '20' }))).toBe(
      'commune.forbidden',
    );
    expect(codeOf(() => checkAppointment(province, { role: 'official', commune: HUNG_VU }))).toBe('none');
    expect(codeOf(() => checkAppointment(province, { role: 'province_official', provinceCode: '20' }))).toBe(
      'none',
    );
    expect(codeOf(() => checkAppointment(province, { role: 'helper', commune: ELSEWHERE }))).toBe(
      'commune.forbidden',
    );
  });

  it("lists Lạng Sơn's 65 communes of today, xã Bắc Sơn with the three it was made of", () => {
    const communes = currentCommunesOf('20');
    expect(communes).toHaveLength(65);
    expect(communes.find((c) => c.commune.code === '06325')?.formerNames).toEqual([
      'thị trấn Bắc Sơn',
      'xã Long Đống',
      'xã Bắc Quỳnh',
    ]);
  });
});
