import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

// Where the data lives when DATABASE_URL is unset: said once for the API (apps/api/src/config.ts)
// and the command line (`zero backup`, `zero restore`), so that both always mean the same base.
const repoRoot = resolve(fileURLToPath(new URL("../../..", import.meta.url)));

/** The SQLite file used when DATABASE_URL is unset: data/zero.sqlite at the repository's root. */
export const DEFAULT_SQLITE_PATH = resolve(repoRoot, "data/zero.sqlite");

/** DATABASE_URL, or the default SQLite file (an empty DATABASE_URL stays empty: openDatabase refuses it). */
export function databaseUrlFrom(env: NodeJS.ProcessEnv): string {
  return env.DATABASE_URL ?? DEFAULT_SQLITE_PATH;
}

/** The file of an SQLite URL (a path, optionally prefixed by `sqlite:`). */
export function sqliteFileOf(url: string): string {
  return url.startsWith("sqlite:") ? url.slice("sqlite:".length) : url;
}
