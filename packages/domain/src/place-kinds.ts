import * as z from 'zod';
import { problem } from './errors.ts';
import type { LocalDate } from './seasons.ts';

/*
 * The shapes of places (provinces, districts, communes, villages) and their codes, apart from the place data and the
 * look-ups so that `places-data.ts` can be typed without importing `places.ts`.
 */

/**
 * Delivery zones, seen from the seller: `local` is the communes of the former Bắc Sơn district, `province` the rest
 * of Lạng Sơn, `elsewhere` the rest of Vietnam. Zones are lists of communes, never districts (which no longer exist
 * since the 2025 reform).
 */
export const DeliveryZoneSchema = z.enum(['local', 'province', 'elsewhere']);
/**
 * How far a parcel goes: inside the seller's commune, inside the province, or elsewhere; the delivery fee depends on
 * it.
 */
export type DeliveryZone = z.infer<typeof DeliveryZoneSchema>;

/**
 * Which administrative system a place name or address belongs to: `legacy` is province / district / commune, in
 * force until 30 June 2025; `current` is province / commune, since 1 July 2025.
 */
export const AddressFormSchema = z.enum(['legacy', 'current']);
/**
 * Which system an address is written in: `legacy` (province / district / commune, before 1 July 2025) or `current`
 * (province / commune).
 */
export type AddressForm = z.infer<typeof AddressFormSchema>;

/** The first day of the two-level system: districts dissolved, communes merged. */
export const ADMIN_REFORM_DATE: LocalDate = '2025-07-01';

/** The system in force on a local date: the 2021 scenario speaks `legacy`, today's product `current`. */
export function addressFormOn(date: LocalDate): AddressForm {
  return date < ADMIN_REFORM_DATE ? 'legacy' : 'current';
}

/** A province kind, parsed (see `ProvinceKind`). */
export const ProvinceKindSchema = z.enum(['tinh', 'thanh_pho']);
/** What a province is: `tinh` (province) or `thanh_pho` (centrally governed city). */
export type ProvinceKind = z.infer<typeof ProvinceKindSchema>;
/** A district kind, parsed (see `DistrictKind`). */
export const DistrictKindSchema = z.enum(['huyen', 'thanh_pho', 'thi_xa', 'quan']);
/**
 * What a legacy district is: `huyen` (rural district), `thanh_pho` (city), `thi_xa` (town) or `quan` (urban
 * district).
 */
export type DistrictKind = z.infer<typeof DistrictKindSchema>;
/** xã (rural commune), phường (urban ward), thị trấn (township; none are left since 2025). */
export const CommuneKindSchema = z.enum(['xa', 'phuong', 'thi_tran']);
/** What a commune is: `xa` (rural commune), `phuong` (ward) or `thi_tran` (township, legacy only). */
export type CommuneKind = z.infer<typeof CommuneKindSchema>;

/** A province code, parsed: two digits (`places.invalid_province_code`). */
export const ProvinceCodeSchema = z
  .string()
  .refine((s) => /^\d{2}$/.test(s), problem('places.invalid_province_code'));
/** A commune code, parsed: five digits (`places.invalid_commune_code`). */
export const CommuneCodeSchema = z
  .string()
  .refine((s) => /^\d{5}$/.test(s), problem('places.invalid_commune_code'));
/** A village id, parsed: 1 to 80 characters (whether it is known is checked by `AddressSchema`). */
export const VillageIdSchema = z.string().min(1).max(80);
/** A province's 2-digit code from the national list ("20" is Lạng Sơn). */
export type ProvinceCode = string;
/** A commune's 5-digit code from the national list; the same code may name another commune in the other system. */
export type CommuneCode = string;
/** A village's id in this package (`VILLAGES`), stable across the reform. */
export type VillageId = string;

/** A province (tỉnh) or centrally governed city (thành phố), with the systems its code and name hold in. */
export interface Province {
  readonly code: ProvinceCode;
  readonly name: string;
  readonly kind: ProvinceKind;
  /** The systems in which this code carries this name. */
  readonly forms: readonly AddressForm[];
}

/** A district of the legacy system. */
export interface District {
  readonly code: string;
  readonly name: string;
  readonly kind: DistrictKind;
}

/** A commune (xã), ward (phường) or, before the reform, township (thị trấn), in one of the two systems. */
export interface Commune {
  readonly code: CommuneCode;
  readonly name: string;
  readonly kind: CommuneKind;
  readonly provinceCode: ProvinceCode;
  readonly form: AddressForm;
  /** The district it belonged to; legacy communes only. */
  readonly district?: District;
}

/** A village (thôn): the place a household lives and a tech team works. */
export interface Village {
  readonly id: VillageId;
  readonly name: string;
  readonly legacyCommuneCode: CommuneCode;
  readonly currentCommuneCode: CommuneCode;
  /** True when the name is made up for the model (only two of Long Đống's real village names are known). */
  readonly invented: boolean;
}
