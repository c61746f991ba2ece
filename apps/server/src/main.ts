import { clockFromEnv, UserRepository } from '@nongsan/api';
import { createDb, migrateToLatest } from '@nongsan/db';
import { addDays, toLocalDate } from '@nongsan/domain';
import { demoCommune, demoProvince } from '@nongsan/simulation';
import { buildApp, builtApps } from './app.ts';
import { loadConfig } from './config.ts';
import { startAutoCancel } from './jobs/auto-cancel.ts';
import { startComplaintEscalation } from './jobs/complaint-escalation.ts';
import { startFiguresRefresh } from './jobs/figures-refresh.ts';
import { startOrderAlerts } from './jobs/order-alerts.ts';
import { webPushSender } from './push/web-push-sender.ts';
import { DEMO_PASSWORD, seedDemoCommune } from './seed/demo-seed.ts';
import { seedProvince } from './seed/province-seed.ts';
import { progressPrinter } from './seed/seed-progress.ts';
import { ensureVillages } from './seed/villages.ts';

/**
 * `pnpm start`: reads the environment, migrates, seeds the demo commune into an empty database, serves, and prints
 * where and how to sign in.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const clock = clockFromEnv(process.env);
  // SQLite: the WAL is checkpointed from a thread of its own, never inside a commit that a checkout waits for.
  const { db, dialect, location, destroy } = createDb(config.databaseUrl, { backgroundCheckpoints: true });
  await migrateToLatest(db);
  await ensureVillages(db);

  const users = new UserRepository(db);
  if (config.seed !== 'none' && (await users.count()) === 0) {
    const started = Date.now();
    // The year up to yesterday: nothing in the demo happens later than the server's clock says it is.
    const today = toLocalDate(clock.now());
    const endDate = addDays(today, -1);
    if (config.seed === 'province') {
      console.log(`Seeding the simulated province of Lạng Sơn (the 12 months before ${today})…`);
      const province = await demoProvince({ endDate });
      const progress = progressPrinter(process.stdout);
      await seedProvince(db, province, { clock, onProgress: progress.update });
      progress.done();
      console.log(
        `Seeded ${province.parts} communes, ${province.households} households in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
      );
    } else {
      console.log(`Seeding the demo commune (the 12 months before ${today})…`);
      const commune = await demoCommune({ endDate });
      await seedDemoCommune(db, commune);
      console.log(
        `Seeded ${commune.households.length} households in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
      );
    }
  }

  const app = await buildApp({
    db,
    dialect,
    clock,
    config: { ...config, pushPublicKey: config.vapid.publicKey },
    rateLimitPerMinute: config.rateLimitPerMinute,
    logger: { level: process.env.LOG_LEVEL ?? 'warn' },
  });
  const address = await app.listen({ host: config.host, port: config.port });
  // Orders not confirmed within 24 hours are cancelled: now, then every minute (safe with several processes).
  const autoCancel = startAutoCancel({ db, clock }, { onError: (error) => app.log.error(error) });
  // Complaints a shop left unsettled for 48 hours go to the village's tech team: now, then every five minutes.
  const escalation = startComplaintEscalation({ db, clock }, { onError: (error) => app.log.error(error) });
  // New orders, buyers' cancellations and "12 hours left" pushed to the households' and helpers' phones.
  const orderAlerts = startOrderAlerts(
    { db, clock, sender: webPushSender(config.vapid) },
    { onError: (error) => app.log.error(error) },
  );
  // The province's overview reads pre-aggregated figures: counted now, then every minute.
  const figures = startFiguresRefresh({ db, clock }, { onError: (error) => app.log.error(error) });

  console.log(`\nnongsan is running on ${dialect} (${location})`);
  console.log(`  API          ${address}/trpc`);
  console.log(`  health       ${address}/healthz`);
  const built = builtApps();
  for (const name of ['seller', 'buyer'] as const) {
    const where = built.includes(name) ? `${address}/${name}/` : `not built (run pnpm start, or pnpm build)`;
    console.log(`  ${`${name} app`.padEnd(12)} ${where}`);
  }
  if (config.fixedNow) console.log(`  clock fixed at ${clock.now().toISOString()} (NONGSAN_NOW)`);
  console.log(`\nDemo logins (password for all: ${DEMO_PASSWORD})`);
  // The commune official last: the browser tests' harness reads the logins once that line is out.
  for (const role of ['seller', 'helper', 'buyer', 'province_official', 'official'] as const) {
    const user = await users.firstWithPassword(role);
    const label = role === 'seller' ? 'household' : role === 'province_official' ? 'province' : role;
    if (user) console.log(`  ${label.padEnd(10)} ${user.phone}  ${user.displayName}`);
  }

  const stop = async (signal: string) => {
    console.log(`\n${signal}: stopping`);
    autoCancel.stop();
    escalation.stop();
    orderAlerts.stop();
    figures.stop();
    await app.close();
    await destroy();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
