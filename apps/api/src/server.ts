import { migrateToLatest, openDatabase } from "@zero/db";
import { buildApp } from "./app.ts";
import { loadConfig } from "./config.ts";
import { inactivityScheduler } from "./modules/urgence/settings/inactivity-scheduler.ts";
import { seedDemo } from "./seed/seed-demo.ts";

// The process entry point: configuration, database, migrations, demo data, then listen.
async function main(): Promise<void> {
  const config = loadConfig();
  const database = openDatabase(config.databaseUrl);
  await migrateToLatest(database);
  const app = await buildApp({ config, database });
  if (config.seedDemo) {
    const { created } = await seedDemo(database);
    if (created) app.log.info("demo data created (fictional organisations and accounts)");
  }
  app.log.info({ database: database.description }, "database ready");
  // The inactivity policy of every network, now and then on an interval (docs/urgence.md).
  const inactivity = inactivityScheduler(app.services.urgence.settings, app.log, {
    intervalMinutes: config.urgenceInactivityIntervalMinutes,
  });
  await inactivity.start();

  const stop = async (signal: string) => {
    app.log.info({ signal }, "stopping");
    await inactivity.stop();
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
