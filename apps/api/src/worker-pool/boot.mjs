// Entry of a worker process (pool.ts): the API runs TypeScript through tsx, which a child
// process does not inherit under every runner (vitest), so it registers it here, then loads
// the module's worker file the pool names (its first argument).
import { register } from "tsx/esm/api";

register();
await import(process.argv[2]);
