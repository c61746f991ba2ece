import type { NewUser } from '@nongsan/api';
import { hashPassword, inTransaction } from '@nongsan/api';
import type { Database } from '@nongsan/db';
import type { DemoCommune } from '@nongsan/simulation';
import type { Kysely } from 'kysely';
import { DemoPhones, writeCommune } from './commune-writer.ts';

/** The one password of the demo logins printed at start (nobody else gets a password at seeding). */
export const DEMO_PASSWORD = 'nongsan-demo';

/** The demo logins, one per role, as `main` prints them. */
export interface DemoLogins {
  readonly household: string;
  readonly helper: string;
  readonly buyer: string;
  readonly official: string;
  readonly provinceOfficial: string;
}

/**
 * Writes the simulated commune into an empty database in one transaction, through the repositories in batches
 * (`writeCommune`): villages, households and their seller logins (for households that have registered), the tech
 * teams as helper logins with their assignments, payment accounts, shops, listings and the buyers, then the year's
 * orders with their lines and histories, so the apps open on shops with sales behind them and the commune view has
 * months to show. The commune's official, the province's official, the demo household (the shop that sold most of
 * those selling now), its helper and a demo buyer get the demo password.
 */
export async function seedDemoCommune(db: Kysely<Database>, commune: DemoCommune): Promise<DemoLogins> {
  const demoHash = await hashPassword(DEMO_PASSWORD);
  return inTransaction(db, async (repos) => {
    const phones = new DemoPhones();
    const startedAt = new Date(`${commune.startDate}T00:00:00+07:00`);
    await repos.villages.ensure(
      commune.villages.map((v) => ({
        id: v.id,
        name: v.name,
        legacyCommuneCode: v.legacyCommuneCode,
        currentCommuneCode: commune.commune.code,
        invented: v.invented,
      })),
    );
    const officialBase = phones.reserve('094', 2);
    const official: NewUser = {
      id: 'official-demo',
      phone: DemoPhones.at('094', officialBase + 1),
      role: 'official',
      communeCode: commune.commune.code,
      displayName: 'Cán bộ UBND xã Bắc Sơn',
      passwordHash: demoHash,
      createdAt: startedAt,
    };
    const provinceOfficial = provinceOfficialLogin(
      DemoPhones.at('094', officialBase + 2),
      commune.commune.provinceCode,
      demoHash,
      startedAt,
    );
    await repos.users.insertMany([official, provinceOfficial]);
    const written = await writeCommune(repos, commune, { phones, assignedBy: official.id });
    const demoBuyer = demoBuyerLogin(DemoPhones.at('098', phones.reserve('098', 1) + 1), demoHash, startedAt);
    await repos.users.insertMany([demoBuyer]);
    if (written.bestSeller) await repos.users.setPasswordHash(written.bestSeller.userId, demoHash);
    if (written.bestSellerHelper)
      await repos.users.setPasswordHash(written.bestSellerHelper.userId, demoHash);
    return {
      household: written.bestSeller?.phone ?? '',
      helper: written.bestSellerHelper?.phone ?? '',
      buyer: demoBuyer.phone,
      official: official.phone,
      provinceOfficial: provinceOfficial.phone,
    };
  });
}

/** The province's official demo login (Sở Công Thương Lạng Sơn). */
export function provinceOfficialLogin(
  phone: string,
  provinceCode: string,
  passwordHash: string,
  createdAt: Date,
): NewUser {
  return {
    id: 'province-official-demo',
    phone,
    role: 'province_official',
    provinceCode,
    displayName: 'Cán bộ Sở Công Thương Lạng Sơn',
    passwordHash,
    createdAt,
  };
}

/** The demo buyer, ordering from Hà Nội. */
export function demoBuyerLogin(phone: string, passwordHash: string, createdAt: Date): NewUser {
  return {
    id: 'buyer-demo',
    phone,
    role: 'buyer',
    displayName: 'Nguyễn Thị Lan (Hà Nội)',
    passwordHash,
    createdAt,
  };
}
