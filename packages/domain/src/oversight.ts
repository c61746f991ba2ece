import { DomainError } from './errors.ts';
import type { Commune, CommuneCode, ProvinceCode } from './places.ts';
import { successorOf } from './places.ts';
import { COMMUNES } from './places-data.ts';

/**
 * Whose figures and households someone may look into: a commune official and the tech teams their commune, a
 * province official every commune of their province. `none` is a login that oversees nothing (an official not
 * appointed to any commune): every commune is refused.
 */
export type Oversight =
  | { readonly kind: 'commune'; readonly communeCode: CommuneCode }
  | { readonly kind: 'province'; readonly provinceCode: ProvinceCode }
  | { readonly kind: 'none' };

/** A commune as oversight needs it: its code and its province's. */
export interface OverseenCommune {
  readonly code: CommuneCode;
  readonly provinceCode: ProvinceCode;
}

/** Whether `oversight` reaches `commune`: its own commune for a commune's people, any of its province's for the province. */
export function oversees(oversight: Oversight, commune: OverseenCommune): boolean {
  switch (oversight.kind) {
    case 'commune':
      return oversight.communeCode === commune.code;
    case 'province':
      return oversight.provinceCode === commune.provinceCode;
    default:
      return false;
  }
}

/**
 * The commune a request is about: the one named, when the oversight reaches it (`commune.forbidden` otherwise), or
 * for a commune's people their own when none is named; a province official must name one (`commune.required`).
 * `commune` is the named commune as the deployment knows it (undefined: `commune.not_found`).
 */
export function overseenCommune(
  oversight: Oversight,
  named: { readonly code: CommuneCode; readonly commune: OverseenCommune | undefined } | undefined,
): CommuneCode {
  if (named === undefined) {
    if (oversight.kind === 'commune') return oversight.communeCode;
    if (oversight.kind === 'province') throw new DomainError('commune.required', {}, ['communeCode']);
    throw new DomainError('commune.forbidden', { code: '' }, ['communeCode']);
  }
  if (named.commune === undefined)
    throw new DomainError('commune.not_found', { code: named.code }, ['communeCode']);
  if (!oversees(oversight, named.commune))
    throw new DomainError('commune.forbidden', { code: named.code }, ['communeCode']);
  return named.code;
}

/**
 * Who may appoint whom: a commune official appoints helpers of villages in their commune and officials of their
 * commune; a province official appoints in any commune of the province, and other province officials of it.
 * Throws `commune.forbidden` for an appointment outside the appointer's reach.
 */
export function checkAppointment(
  appointer: Oversight,
  appointment:
    | { readonly role: 'helper' | 'official'; readonly commune: OverseenCommune }
    | { readonly role: 'province_official'; readonly provinceCode: ProvinceCode },
): void {
  if (appointment.role === 'province_official') {
    if (appointer.kind === 'province' && appointer.provinceCode === appointment.provinceCode) return;
    throw new DomainError('commune.forbidden', { code: appointment.provinceCode }, ['role']);
  }
  if (!oversees(appointer, appointment.commune))
    throw new DomainError('commune.forbidden', { code: appointment.commune.code }, ['communeCode']);
}

/**
 * The communes of today's (post-2025) system that this package names in a province, by name, each with the names
 * of the communes it was made of where they are known ("thị trấn Bắc Sơn, xã Long Đống, xã Bắc Quỳnh").
 */
export function currentCommunesOf(
  provinceCode: ProvinceCode,
): readonly { readonly commune: Commune; readonly formerNames: readonly string[] }[] {
  const legacyKinds = { xa: 'xã', phuong: 'phường', thi_tran: 'thị trấn' } as const;
  return COMMUNES.filter((c) => c.form === 'current' && c.provinceCode === provinceCode)
    .map((commune) => ({
      commune,
      formerNames: COMMUNES.filter(
        (c) => c.form === 'legacy' && successorOf(c.code)?.code === commune.code,
      ).map((c) => `${legacyKinds[c.kind]} ${c.name}`),
    }))
    .sort((a, b) => a.commune.name.localeCompare(b.commune.name, 'vi'));
}
