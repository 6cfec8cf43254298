import { defineConfig } from "vitest/config";

// Until the root vitest.config.ts lists a "cli" project, `npx vitest run` from here runs these.
export default defineConfig({ test: { include: ["test/**/*.test.ts"] } });
