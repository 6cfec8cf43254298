import { defineConfig } from "vitest/config";

// One runner for every unit and API test; the browser suite is vitest.e2e.config.ts.
// On PostgreSQL every suite shares one database: run the files one after another.
const sharedDatabase = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "");

export default defineConfig({
  test: {
    fileParallelism: !sharedDatabase,
    projects: [
      { test: { name: "engine", include: ["packages/engine/test/**/*.test.ts"] } },
      { test: { name: "legislation-fr", include: ["packages/legislation-fr/test/**/*.test.ts"] } },
      { test: { name: "cli", include: ["packages/cli/test/**/*.test.ts"], testTimeout: 60_000 } },
      { test: { name: "db", include: ["packages/db/test/**/*.test.ts"] } },
      { test: { name: "schemas", include: ["packages/schemas/test/**/*.test.ts"] } },
      {
        test: {
          name: "api",
          include: ["apps/api/test/**/*.test.ts"],
          // API tests share one database server when DATABASE_URL is PostgreSQL.
          fileParallelism: false,
        },
      },
      // The attacks of docs/security.md, replayed against a real app and database.
      { test: { name: "security", include: ["tests/security/**/*.test.ts"], fileParallelism: false, testTimeout: 30_000 } },
      { test: { name: "repo", include: ["tests/**/*.test.ts"], exclude: ["tests/security/**"] } },
    ],
  },
});
