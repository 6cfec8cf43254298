import { defineConfig } from "vitest/config";

// The browser suite: a real server (apps/api) on a fresh database, driven by a real
// Chromium. Run it with `npm run test:e2e`, which builds apps/web first.
export default defineConfig({
  test: {
    name: "e2e",
    include: ["apps/web/e2e/**/*.test.ts"],
    globalSetup: ["apps/web/e2e/global-setup.ts"],
    // One server, one database: the files run one after the other.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
