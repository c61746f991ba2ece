import type { Clock, NewUser } from '@nongsan/api';
import { hashPassword, inTransaction, ProvinceService } from '@nongsan/api';
import type { Database } from '@nongsan/db';
import { findCommune } from '@nongsan/domain';
import type { DemoProvince } from '@nongsan/simulation';
import type { Kysely } from 'kysely';
import { DemoPhones, type WrittenCommune, writeCommune } from './commune-writer.ts';
import { DEMO_PASSWORD, type DemoLogins, demoBuyerLogin, provinceOfficialLogin } from './demo-seed.ts';
import { ensureVillages } from './villages.ts';

/** How far the province's seeding has got, after each simulated commune. */
export interface ProvinceSeedProgress {
  readonly partsDone: number;
  readonly parts: number;
  readonly households: number;
  readonly elapsedMs: number;
}

/** The commune whose official is the printed demo login: xã Bắc Sơn, where Long Đống's villages are. */
const DEMO_COMMUNE_CODE = '06325';

/**
 * Writes the simulated province into an empty database through the same code as the demo commune
 * (`writeCommune`), one simulated commune per transaction so that only one commune's rows are held at a time:
 * first the province's official and one official per commune of today, then each commune's villages, teams,
 * households, shops, listings, buyers and its year of orders. The password is hashed once: the province's
 * official, every commune's official, the household that sold most of those selling now in the whole province, its
 * helper and a demo buyer share it. Last, the province overview's figures are counted once, so it shows data at
 * once.
 */
export async function seedProvince(
  db: Kysely<Database>,
  province: DemoProvince,
  options: { readonly clock: Clock; readonly onProgress?: (progress: ProvinceSeedProgress) => void },
): Promise<DemoLogins> {
  const started = Date.now();
  const demoHash = await hashPassword(DEMO_PASSWORD);
  const startedAt = new Date(`${province.startDate}T00:00:00+07:00`);
  const phones = new DemoPhones();
  await ensureVillages(db);

  const officialIdOf = (code: string) => (code === DEMO_COMMUNE_CODE ? 'official-demo' : `official:${code}`);
  const officialBase = phones.reserve('094', province.communes.length + 1);
  const provinceOfficial = provinceOfficialLogin(
    DemoPhones.at('094', officialBase + 1),
    province.provinceCode,
    demoHash,
    startedAt,
  );
  const officials: NewUser[] = province.communes.map((c, i) => {
    const kind = findCommune(c.code, 'current')?.kind === 'phuong' ? 'phường' : 'xã';
    return {
      id: officialIdOf(c.code),
      phone: DemoPhones.at('094', officialBase + i + 2),
      role: 'official',
      communeCode: c.code,
      displayName: `Cán bộ UBND ${kind} ${c.name}`,
      passwordHash: demoHash,
      createdAt: startedAt,
    };
  });
  await inTransaction(db, (repos) => repos.users.insertMany([provinceOfficial, ...officials]));

  let households = 0;
  let best: WrittenCommune | undefined;
  for (const part of province.each()) {
    const written = await inTransaction(db, (repos) =>
      writeCommune(repos, part, { phones, assignedBy: officialIdOf(part.commune.code) }),
    );
    households += written.households;
    if ((written.bestSeller?.orders ?? -2) > (best?.bestSeller?.orders ?? -2)) best = written;
    options.onProgress?.({
      partsDone: part.index,
      parts: province.parts,
      households,
      elapsedMs: Date.now() - started,
    });
  }

  const demoBuyer = demoBuyerLogin(DemoPhones.at('098', phones.reserve('098', 1) + 1), demoHash, startedAt);
  await inTransaction(db, async (repos) => {
    await repos.users.insertMany([demoBuyer]);
    if (best?.bestSeller) await repos.users.setPasswordHash(best.bestSeller.userId, demoHash);
    if (best?.bestSellerHelper) await repos.users.setPasswordHash(best.bestSellerHelper.userId, demoHash);
  });
  await new ProvinceService({ db, clock: options.clock }).refreshFigures();
  const official = officials.find((o) => o.id === officialIdOf(DEMO_COMMUNE_CODE)) ?? officials[0];
  return {
    household: best?.bestSeller?.phone ?? '',
    helper: best?.bestSellerHelper?.phone ?? '',
    buyer: demoBuyer.phone,
    official: official?.phone ?? '',
    provinceOfficial: provinceOfficial.phone,
  };
}
