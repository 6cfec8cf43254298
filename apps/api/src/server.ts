import { migrateToLatest, openDatabase } from "@zero/db";
import { buildApp } from "./app.ts";
import { loadConfig } from "./config.ts";
import { assertProductionReady } from "./startup-checks.ts";
import { retentionScheduler } from "./modules/retention/scheduler.ts";
import { seedDemo } from "./seed/seed-demo.ts";

// The process entry point: configuration, database, migrations, demo data, then listen.
async function main(): Promise<void> {
  const config = loadConfig();
  const database = openDatabase(config.databaseUrl);
  await migrateToLatest(database);
  // NODE_ENV=production: no demo data, no published secret (docs/security.md).
  await assertProductionReady(config, database);
  const app = await buildApp({ config, database });
  if (config.seedDemo) {
    const { created } = await seedDemo(database);
    if (created) app.log.info("demo data created (fictional organisations and accounts)");
  }
  app.log.info({ database: database.description }, "database ready");
  // Each kind of record kept for its period, then deleted (docs/decisions/0016-retention-periods.md),
  // and each module's own jobs (Urgence: the inactivity policy of every network).
  const retention = retentionScheduler(app.services.retention, app.log, {
    intervalHours: config.retention.intervalHours,
  });
  const jobs = [retention, ...app.services.modules.flatMap((m) => m.jobs?.(app.services.of(m), { config, log: app.log }) ?? [])];
  for (const job of jobs) await job.start();

  const stop = async (signal: string) => {
    app.log.info({ signal }, "stopping");
    for (const job of jobs) await job.stop();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));

  await app.listen({ port: config.port, host: config.host });
}

main().catch((error: unknown) => {
  console.error("Zéro could not start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
