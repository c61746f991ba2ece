import * as z from 'zod';
import type { Locale } from './dictionary.ts';
import { DomainError, problem } from './errors.ts';
import {
  type AddressForm,
  type Commune,
  type CommuneCode,
  CommuneCodeSchema,
  CommuneKindSchema,
  type DeliveryZone,
  DistrictKindSchema,
  type Province,
  type ProvinceCode,
  ProvinceCodeSchema,
  ProvinceKindSchema,
  type Village,
  type VillageId,
  VillageIdSchema,
} from './place-kinds.ts';
import {
  BAC_SON_SUCCESSORS,
  COMMUNES,
  LANG_SON_COMMUNE_CODES,
  LANG_SON_PROVINCE_CODE,
  PROVINCES,
  VILLAGES,
} from './places-data.ts';
import { foldText } from './text.ts';
import { typedText } from './typed-text.ts';

export * from './place-kinds.ts';

const communeKey = (code: CommuneCode, form: AddressForm) => `${form}:${code}`;
const COMMUNE_BY_KEY: ReadonlyMap<string, Commune> = new Map(
  COMMUNES.map((c) => [communeKey(c.code, c.form), c]),
);
const VILLAGE_BY_ID: ReadonlyMap<VillageId, Village> = new Map(VILLAGES.map((v) => [v.id, v]));

/** The province with this code in a system, or undefined when the list has none. */
export function findProvince(code: ProvinceCode, form: AddressForm): Province | undefined {
  return PROVINCES.find((p) => p.code === code && p.forms.includes(form));
}

/** A commune by code in a form (the same code can name different communes before and after the reform). */
export function findCommune(code: CommuneCode, form: AddressForm): Commune | undefined {
  return COMMUNE_BY_KEY.get(communeKey(code, form));
}

/** The known village with this id, or undefined. */
export function findVillage(id: VillageId): Village | undefined {
  return VILLAGE_BY_ID.get(id);
}

/** The known villages of a commune in a form: Long Đống's ten in `legacy`, the same ten under xã Bắc Sơn in `current`. */
export function villagesOf(communeCode: CommuneCode, form: AddressForm): Village[] {
  return VILLAGES.filter(
    (v) => (form === 'legacy' ? v.legacyCommuneCode : v.currentCommuneCode) === communeCode,
  );
}

/** The current commune a legacy commune of the former Bắc Sơn district was merged into, or undefined if unknown. */
export function successorOf(legacyCommuneCode: CommuneCode): Commune | undefined {
  const code = BAC_SON_SUCCESSORS[legacyCommuneCode];
  return code === undefined ? undefined : findCommune(code, 'current');
}

/** A commune found by its name, with the commune that replaced it in 2025, or those it was made of. */
export interface NamedCommune {
  readonly commune: Commune;
  /** For a commune before the reform (`legacy`): the commune it has been part of since 1 July 2025. */
  readonly successor?: Commune;
  /** For a commune since the reform (`current`): the legacy communes it was made of, as far as they are known. */
  readonly predecessors?: readonly Commune[];
}

/**
 * The communes called `name`, before and after the 2025 reform, legacy ones first. Accents, case and a leading
 * "xã", "thị trấn" or "phường" do not matter: `communesNamed('Long Đống')` is the legacy xã Long Đống with its
 * successor xã Bắc Sơn; `communesNamed('Bắc Sơn')` is thị trấn Bắc Sơn (legacy) and xã Bắc Sơn (current, made of
 * thị trấn Bắc Sơn, Long Đống and Bắc Quỳnh).
 */
export function communesNamed(name: string): NamedCommune[] {
  const key = communeNameKey(name);
  return COMMUNES.filter((c) => communeNameKey(c.name) === key)
    .sort((a, b) => (a.form === b.form ? 0 : a.form === 'legacy' ? -1 : 1))
    .map((commune) => {
      if (commune.form === 'legacy') {
        const successor = successorOf(commune.code);
        return successor === undefined ? { commune } : { commune, successor };
      }
      const predecessors = COMMUNES.filter(
        (c) => c.form === 'legacy' && successorOf(c.code)?.code === commune.code,
      );
      return { commune, predecessors };
    });
}

function communeNameKey(name: string): string {
  return foldText(name)
    .replace(/^(xa|thi tran|phuong)\s+/, '')
    .trim();
}

/** Whether a commune code (either form) lies in Lạng Sơn. */
export function isInLangSon(communeCode: CommuneCode): boolean {
  return (
    /^\d{5}$/.test(communeCode) &&
    communeCode >= LANG_SON_COMMUNE_CODES.first &&
    communeCode <= LANG_SON_COMMUNE_CODES.last
  );
}

/**
 * Whether a commune code (either form) lies in the former Bắc Sơn district: one of its 18 legacy communes, or one
 * of the 6 communes they were merged into (whose codes are among the 18).
 */
export function isInFormerBacSonDistrict(communeCode: CommuneCode): boolean {
  return Object.hasOwn(BAC_SON_SUCCESSORS, communeCode);
}

/**
 * The delivery zone of a buyer as seen from a seller, both given by commune code in either form (a 2021 Long Đống
 * seller and a buyer in today's xã Bắc Sơn are neighbours): the same commune or both in the former Bắc Sơn district
 * → `local`; both in Lạng Sơn → `province`; otherwise `elsewhere`. The zones are defined around the Bắc Sơn area,
 * so a seller elsewhere in the country only gets `local` for its own commune.
 */
export function deliveryZoneFor(sellerCommuneCode: CommuneCode, buyerCommuneCode: CommuneCode): DeliveryZone {
  for (const [field, code] of [
    ['sellerCommuneCode', sellerCommuneCode],
    ['buyerCommuneCode', buyerCommuneCode],
  ] as const) {
    if (!/^\d{5}$/.test(code)) throw new DomainError('places.invalid_commune_code', { code }, [field]);
  }
  if (sellerCommuneCode === buyerCommuneCode) return 'local';
  if (isInFormerBacSonDistrict(sellerCommuneCode) && isInFormerBacSonDistrict(buyerCommuneCode))
    return 'local';
  if (isInLangSon(sellerCommuneCode) && isInLangSon(buyerCommuneCode)) return 'province';
  return 'elsewhere';
}

const PlaceNameSchema = typedText({ min: 1, max: 100 });

/** A province as an address names it: code, name and kind. */
export const ProvinceRefSchema = z.object({
  code: ProvinceCodeSchema,
  name: PlaceNameSchema,
  kind: ProvinceKindSchema,
});
/** A legacy district as an address names it: name and kind. */
export const DistrictRefSchema = z.object({ name: PlaceNameSchema, kind: DistrictKindSchema });
/** A commune as an address names it: code, name and kind. */
export const CommuneRefSchema = z.object({
  code: CommuneCodeSchema,
  name: PlaceNameSchema,
  kind: CommuneKindSchema,
});

/**
 * Whether an address's village, when it names one, is a village this package knows in the address's commune (an
 * address naming an unknown village, or one of another commune, would be delivered nowhere).
 */
function isVillageOf(villageId: VillageId | undefined, communeCode: CommuneCode, form: AddressForm): boolean {
  if (villageId === undefined) return true;
  const village = findVillage(villageId);
  if (!village) return false;
  return (form === 'legacy' ? village.legacyCommuneCode : village.currentCommuneCode) === communeCode;
}

/** The check of an address's village, in the address's form (`places.unknown_village` at `villageId`). */
function knownVillageIn(form: AddressForm) {
  return (
    address: { villageId?: VillageId | undefined; commune: { code: CommuneCode } },
    ctx: z.RefinementCtx,
  ) => {
    if (isVillageOf(address.villageId, address.commune.code, form)) return;
    ctx.addIssue({
      code: 'custom',
      path: ['villageId'],
      input: address.villageId,
      message: 'places.unknown_village',
      ...problem('places.unknown_village', { id: address.villageId ?? '' }),
    });
  };
}

/** The part of an address below the commune: a village ("Thôn An Ninh 1") or a house and street. */
const AddressLineSchema = typedText({ min: 1, max: 200 });

/**
 * A pre-2025 address: province / district / commune / village or street. Names are carried with their codes (a
 * snapshot, like a price on an order line) so any address in Vietnam can be stored and shown, not only the places
 * this package knows.
 */
export const LegacyAddressSchema = z
  .object({
    form: z.literal('legacy'),
    province: ProvinceRefSchema,
    district: DistrictRefSchema,
    commune: CommuneRefSchema,
    line: AddressLineSchema,
    villageId: VillageIdSchema.optional(),
  })
  .superRefine(knownVillageIn('legacy'));

/** A current address (since 1 July 2025): province / commune / village or street. */
export const CurrentAddressSchema = z
  .object({
    form: z.literal('current'),
    province: ProvinceRefSchema,
    commune: CommuneRefSchema,
    line: AddressLineSchema,
    villageId: VillageIdSchema.optional(),
  })
  .superRefine(knownVillageIn('current'));

/** An address, parsed: legacy or current by its `form`, the commune and village checked against the known places. */
export const AddressSchema = z.discriminatedUnion('form', [LegacyAddressSchema, CurrentAddressSchema]);
/** An address in the legacy system: province, district, commune, village. */
export type LegacyAddress = z.infer<typeof LegacyAddressSchema>;
/** An address in the current (since 1 July 2025) system: province, commune, village. */
export type CurrentAddress = z.infer<typeof CurrentAddressSchema>;
/** An address in either system, told apart by `form`. */
export type Address = z.infer<typeof AddressSchema>;

function provinceRef(code: ProvinceCode, form: AddressForm) {
  const province = findProvince(code, form);
  if (!province) throw new DomainError('places.unknown_province', { code }, ['province']);
  return { code: province.code, name: province.name, kind: province.kind };
}

/**
 * An address in a commune this package knows, in the commune's own form: `communeAddress('06328', 'legacy', 'Thôn
 * Rạ Lá')`. Throws `places.unknown_commune` for a commune not in the data.
 */
export function communeAddress(
  communeCode: CommuneCode,
  form: AddressForm,
  line: string,
  villageId?: VillageId,
): Address {
  const commune = findCommune(communeCode, form);
  if (!commune) throw new DomainError('places.unknown_commune', { code: communeCode }, ['commune']);
  const base = {
    province: provinceRef(commune.provinceCode, form),
    commune: { code: commune.code, name: commune.name, kind: commune.kind },
    line: line.trim(),
    ...(villageId === undefined ? {} : { villageId }),
  };
  if (form === 'current') return { form, ...base };
  const district = commune.district;
  if (!district) throw new DomainError('places.unknown_commune', { code: communeCode }, ['district']);
  return { form, ...base, district: { name: district.name, kind: district.kind } };
}

/** The address of a known village in either form: "Thôn An Ninh 1, xã Long Đống, …" or "…, xã Bắc Sơn, …". */
export function villageAddress(villageId: VillageId, form: AddressForm): Address {
  const village = findVillage(villageId);
  if (!village) throw new DomainError('places.unknown_village', { id: villageId }, ['villageId']);
  const communeCode = form === 'legacy' ? village.legacyCommuneCode : village.currentCommuneCode;
  return communeAddress(communeCode, form, `Thôn ${village.name}`, village.id);
}

/**
 * The same place in today's two-level form. A legacy address in the former Bắc Sơn district moves to the commune
 * its commune was merged into (Long Đống → xã Bắc Sơn), dropping the district; the village or street line is kept,
 * since villages kept their names. A current address is returned as it is. Throws `places.no_successor` for a
 * legacy commune whose successor this package does not know (outside the former Bắc Sơn district).
 */
export function toCurrentAddress(address: Address): CurrentAddress {
  if (address.form === 'current') return address;
  const successor =
    address.province.code === LANG_SON_PROVINCE_CODE ? successorOf(address.commune.code) : undefined;
  if (!successor) {
    throw new DomainError(
      'places.no_successor',
      { commune: address.commune.name, district: address.district.name },
      ['commune'],
    );
  }
  return {
    form: 'current',
    province: provinceRef(successor.provinceCode, 'current'),
    commune: { code: successor.code, name: successor.name, kind: successor.kind },
    line: address.line,
    ...(address.villageId === undefined ? {} : { villageId: address.villageId }),
  };
}

const KIND_WORDS = {
  vi: {
    province: { tinh: 'tỉnh', thanh_pho: 'thành phố' },
    district: { huyen: 'huyện', thanh_pho: 'thành phố', thi_xa: 'thị xã', quan: 'quận' },
    commune: { xa: 'xã', phuong: 'phường', thi_tran: 'thị trấn' },
  },
  en: {
    province: { tinh: 'province', thanh_pho: 'City' },
    district: { huyen: 'district', thanh_pho: 'city', thi_xa: 'town', quan: 'urban district' },
    commune: { xa: 'commune', phuong: 'ward', thi_tran: 'township' },
  },
} as const;

/**
 * An address as a person reads it, most specific first. Vietnamese: "Thôn An Ninh 1, xã Long Đống, huyện Bắc Sơn,
 * tỉnh Lạng Sơn"; English keeps the Vietnamese names and puts the kind after: "An Ninh 1 village, Long Đống
 * commune, Bắc Sơn district, Lạng Sơn province".
 */
export function formatAddress(address: Address, locale: Locale = 'vi'): string {
  const words = KIND_WORDS[locale];
  const parts: string[] = [];
  const village = address.villageId === undefined ? undefined : findVillage(address.villageId);
  parts.push(locale === 'en' && village ? `${village.name} village` : address.line);
  const named = (name: string, kind: string) => (locale === 'vi' ? `${kind} ${name}` : `${name} ${kind}`);
  parts.push(named(address.commune.name, words.commune[address.commune.kind]));
  if (address.form === 'legacy')
    parts.push(named(address.district.name, words.district[address.district.kind]));
  parts.push(named(address.province.name, words.province[address.province.kind]));
  return parts.join(', ');
}
