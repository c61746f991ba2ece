/**
 * The province demo seeded into a fresh database in a process of its own (its memory and CPU are its own), by the
 * server's own code: migrate, the places, `demoProvince` (the simulation) and `seedProvince` (written commune by
 * commune through the repositories, then the figures counted). Answers the time of each half, the CPU time, the peak
 * memory, the database's size and the demo logins the province rows read with. Input: `ProvinceSeedPlan`.
 */
import { statSync } from 'node:fs';
import { fixedClock } from '@nongsan/api';
import { createDb, migrateToLatest } from '@nongsan/db';
import { demoProvince } from '@nongsan/simulation';
import { sql } from 'kysely';
import { seedProvince } from '../../apps/server/dist/seed/province-seed.js';
import { ensureVillages } from '../../apps/server/dist/seed/villages.js';
import { answer, scriptInput } from './child-process.ts';

export interface ProvinceSeedPlan {
  readonly databaseUrl: string;
  /** The SQLite file, to measure (undefined on PostgreSQL). */
  readonly sqliteFile?: string;
  /** The last simulated day (YYYY-MM-DD) and the server's clock (ISO) the figures are counted at. */
  readonly endDate: string;
  readonly now: string;
}

export interface ProvinceSeedResult {
  readonly communes: number;
  readonly households: number;
  readonly simulateSeconds: number;
  readonly writeSeconds: number;
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly peakRssMb: number;
  readonly databaseBytes: number;
  readonly logins: { readonly provinceOfficial: string; readonly official: string; readonly buyer: string };
  readonly problems: string[];
}

const plan = scriptInput<ProvinceSeedPlan>();
const problems: string[] = [];
const started = performance.now();
const cpuBefore = process.cpuUsage();
const { db, dialect, destroy } = createDb(plan.databaseUrl);
await migrateToLatest(db);
await ensureVillages(db);
const province = await demoProvince({ endDate: plan.endDate });
const simulated = performance.now();
const logins = await seedProvince(db, province, { clock: fixedClock(plan.now) });
const written = performance.now();
const seconds = (written - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
const households = Number(
  (
    await db
      .selectFrom('households')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow()
  ).n,
);
if (households !== province.households)
  problems.push(`province seed: ${households} households written of ${province.households}`);
let databaseBytes = 0;
if (dialect === 'postgres') {
  const { rows } = await sql<{ bytes: string }>`select pg_database_size(current_database()) as bytes`.execute(
    db,
  );
  databaseBytes = Number(rows[0]?.bytes ?? 0);
} else await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db);
await destroy();
if (plan.sqliteFile) databaseBytes = statSync(plan.sqliteFile).size;

const result: ProvinceSeedResult = {
  communes: province.parts,
  households,
  simulateSeconds: (simulated - started) / 1000,
  writeSeconds: (written - simulated) / 1000,
  seconds,
  cpuSeconds: (cpu.user + cpu.system) / 1e6,
  peakRssMb: process.resourceUsage().maxRSS / 1024,
  databaseBytes,
  logins: { provinceOfficial: logins.provinceOfficial, official: logins.official, buyer: logins.buyer },
  problems,
};
answer(result);
