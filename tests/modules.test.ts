import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DB_MODULES } from "@zero/db";
import { platformDb } from "@zero/db/modules/platform";
import { describe, expect, it } from "vitest";
import { API_MODULES } from "../apps/api/src/modules/index.ts";
import type { ApiModule } from "../apps/api/src/modules/module.ts";

// The module rule of docs/architecture.md: a module is a folder with a manifest, and the
// central files compose the list of manifests without naming any module.
const root = fileURLToPath(new URL("..", import.meta.url));
const modules = API_MODULES as readonly ApiModule<unknown>[];

/** The files that compose modules: they may hold no module's name, in code or in strings. */
const CENTRAL_FILES = [
  "apps/api/src/app.ts",
  "apps/api/src/services.ts",
  "apps/api/src/server.ts",
  "apps/api/src/config.ts",
  "apps/api/src/modules/module.ts",
  "apps/api/src/errors/catalogue.ts",
  "apps/api/src/errors/app-error.ts",
  "apps/api/src/errors/routes.ts",
  "apps/api/src/authz/policy.ts",
  "apps/api/src/plugins/security-headers.ts",
  "packages/db/src/migrate.ts",
  "packages/db/src/module.ts",
  "packages/db/src/truncate.ts",
  "packages/db/src/connection.ts",
];

/** The source without its comments (a comment may give a module as an example). */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
}

/** The module names that `text` holds, outside its comments. */
function namesIn(text: string, names: readonly string[]): string[] {
  const source = withoutComments(text);
  return names.filter((name) => new RegExp(name, "i").test(source));
}

const moduleNames = [...new Set([...modules.map((m) => m.name), ...DB_MODULES.filter((db) => db !== platformDb).map((db) => db.name)])];

describe("modules", () => {
  it("are named once, each under its own /api prefix", () => {
    const names = modules.map((m) => m.name);
    expect(new Set(names).size).toBe(names.length);
    for (const m of modules) {
      expect(m.name).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(m.prefix).toBe(`/api/${m.name}`);
    }
  });

  it("prefix their permissions with their name", () => {
    for (const m of modules) for (const permission of Object.keys(m.permissions)) expect(permission).toMatch(new RegExp(`^${m.name}:`));
  });

  it("bring their tables in packages/db/src/<module>, listed once in DB_MODULES", () => {
    const claimed = modules.flatMap((m) => (m.db ? [m.db] : []));
    for (const db of claimed) {
      expect(DB_MODULES).toContain(db);
      expect(existsSync(join(root, "packages/db/src", db.name, "index.ts")), db.name).toBe(true);
    }
    // Every database module but the platform's belongs to an API module.
    expect(DB_MODULES.filter((db) => db !== platformDb)).toEqual(DB_MODULES.filter((db) => claimed.includes(db)));
  });

  it("are all in the list: every module folder with a manifest (index.ts) is served", async () => {
    const dir = join(root, "apps/api/src/modules");
    const folders = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(join(dir, d.name, "index.ts")));
    expect(folders.length).toBeGreaterThan(0);
    for (const folder of folders) {
      const exported = Object.values((await import(join(dir, folder.name, "index.ts"))) as Record<string, unknown>);
      expect(
        exported.some((value) => modules.includes(value as ApiModule<unknown>)),
        `${folder.name}/index.ts`,
      ).toBe(true);
    }
  });

  it("are named nowhere in the files that compose them", () => {
    const offending = CENTRAL_FILES.flatMap((file) =>
      namesIn(readFileSync(join(root, file), "utf8"), moduleNames).map((name) => `${file} names ${name}`),
    );
    expect(offending).toEqual([]);
  });

  it("that check finds a name in code or a string, not in a comment", () => {
    expect(namesIn('if (path.startsWith("/api/urgence")) return;', moduleNames)).toEqual(["urgence"]);
    expect(namesIn("const pool = openfiscaPool();", moduleNames)).toEqual(["openfisca"]);
    expect(namesIn("// as Urgence does\n/** see openfisca */\nconst x = 1;", moduleNames)).toEqual([]);
    expect(namesIn(readFileSync(join(root, "apps/api/src/modules/index.ts"), "utf8"), moduleNames)).toEqual([
      "urgence",
      "openfisca",
      "droits",
    ]);
  });
});
