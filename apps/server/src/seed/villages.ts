import { CommuneRepository, VillageRepository } from '@nongsan/api';
import type { Database } from '@nongsan/db';
import { currentCommunesOf, LANG_SON_PROVINCE_CODE, VILLAGES } from '@nongsan/domain';
import type { Kysely } from 'kysely';

/**
 * Puts the places the domain knows into the database if missing: Lạng Sơn's communes of today (with the names of
 * the communes each was made of), then Long Đống's ten villages, under xã Bắc Sơn since 2025.
 */
export async function ensureVillages(db: Kysely<Database>): Promise<void> {
  await new CommuneRepository(db).ensure(
    currentCommunesOf(LANG_SON_PROVINCE_CODE).map(({ commune, formerNames }) => ({
      code: commune.code,
      name: commune.name,
      kind: commune.kind === 'phuong' ? 'phuong' : 'xa',
      provinceCode: commune.provinceCode,
      formerNames: formerNames.join(', '),
      invented: false,
    })),
  );
  await new VillageRepository(db).ensure(VILLAGES);
}
