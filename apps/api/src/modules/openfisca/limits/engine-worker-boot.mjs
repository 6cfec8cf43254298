// Entry of an engine worker process (engine-pool.ts): the API runs TypeScript through tsx,
// which a child process does not inherit under every runner (vitest), so it registers it here.
import { register } from "tsx/esm/api";

register();
await import("./engine-worker.ts");
