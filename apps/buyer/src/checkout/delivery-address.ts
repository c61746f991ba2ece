import {
  type Address,
  COMMUNES,
  type CommuneCode,
  communeAddress,
  findVillage,
  PROVINCES,
  villagesOf,
} from '@nongsan/domain';

/** What the address form holds: today's two levels (province, commune), then a village or a street line. */
export interface AddressDraft {
  readonly provinceCode: string;
  readonly communeCode: string;
  /** A known village of the commune, `OTHER_PLACE` for a typed line, or '' before choosing. */
  readonly villageId: string;
  readonly line: string;
  /** The phone the post calls on delivery. */
  readonly phone: string;
}

export const OTHER_PLACE = 'other';

/** Lạng Sơn: the province the marketplace's buyers are in. */
export const EMPTY_ADDRESS: AddressDraft = {
  provinceCode: '20',
  communeCode: '',
  villageId: '',
  line: '',
  phone: '',
};

/** Provinces of today's system whose communes the domain knows (an address needs a commune code). */
export function deliveryProvinces() {
  const withCommunes = new Set(COMMUNES.filter((c) => c.form === 'current').map((c) => c.provinceCode));
  return PROVINCES.filter((p) => p.forms.includes('current') && withCommunes.has(p.code));
}

/** Today's communes of a province, by name as Vietnamese sorts it. */
export function communesOf(provinceCode: string) {
  return COMMUNES.filter((c) => c.form === 'current' && c.provinceCode === provinceCode).sort((a, b) =>
    a.name.localeCompare(b.name, 'vi'),
  );
}

export function villagesOfCommune(communeCode: CommuneCode) {
  return communeCode ? villagesOf(communeCode, 'current') : [];
}

/** Which fields still need something before the address can be used (keys of the form). */
export function missingAddressFields(
  draft: AddressDraft,
): ('communeCode' | 'villageId' | 'line' | 'phone')[] {
  const missing: ('communeCode' | 'villageId' | 'line' | 'phone')[] = [];
  if (!draft.communeCode) missing.push('communeCode');
  else {
    // What comes below the commune depends on it: a village of the commune, or a typed street.
    const hasVillages = villagesOfCommune(draft.communeCode).length > 0;
    if (hasVillages && !draft.villageId) missing.push('villageId');
    if ((!hasVillages || draft.villageId === OTHER_PLACE) && !draft.line.trim()) missing.push('line');
  }
  if (!draft.phone.trim()) missing.push('phone');
  return missing;
}

/** The domain's address for a complete draft (check `missingAddressFields` first). */
export function toAddress(draft: AddressDraft): Address {
  const village =
    draft.villageId && draft.villageId !== OTHER_PLACE ? findVillage(draft.villageId) : undefined;
  if (village) return communeAddress(draft.communeCode, 'current', `Thôn ${village.name}`, village.id);
  return communeAddress(draft.communeCode, 'current', draft.line);
}

/** The last address used, so a returning buyer does not type it again (kept on this phone only). */
export const ADDRESS_STORAGE_KEY = 'nongsan.buyer.address.v1';

export function readSavedAddress(): AddressDraft | null {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(ADDRESS_STORAGE_KEY) ?? 'null');
    if (typeof parsed !== 'object' || parsed === null) return null;
    const draft = { ...EMPTY_ADDRESS, ...(parsed as Partial<AddressDraft>) };
    return Object.values(draft).every((v) => typeof v === 'string') ? draft : null;
  } catch {
    return null;
  }
}

export function saveAddress(draft: AddressDraft): void {
  try {
    localStorage.setItem(ADDRESS_STORAGE_KEY, JSON.stringify(draft));
  } catch {
    // Not remembered; nothing else depends on it.
  }
}
