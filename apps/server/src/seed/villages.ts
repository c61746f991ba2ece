import { VillageRepository } from '@nongsan/api';
import type { Database } from '@nongsan/db';
import { VILLAGES } from '@nongsan/domain';
import type { Kysely } from 'kysely';

/** Puts the domain's known villages (Long Đống's ten, under xã Bắc Sơn since 2025) into the database if missing. */
export function ensureVillages(db: Kysely<Database>): Promise<void> {
  return new VillageRepository(db).ensure(VILLAGES);
}
