import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// Rules that keep the architecture readable: checked here so that they cannot rot.
const root = fileURLToPath(new URL("..", import.meta.url));
const workspaces = ["packages", "apps"].flatMap((dir) => readdirSync(join(root, dir)).map((name) => join(dir, name)));

interface Manifest {
  name: string;
  license?: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}
const manifests = new Map<string, Manifest>(
  workspaces.map((w) => {
    const m = JSON.parse(readFileSync(join(root, w, "package.json"), "utf8")) as Manifest;
    return [m.name, m];
  }),
);

function files(dir: string, ext = ".ts"): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules" && entry.name !== "dist") out.push(...files(path, ext));
    } else if (entry.name.endsWith(ext) || (ext === ".ts" && entry.name.endsWith(".tsx"))) {
      out.push(path);
    }
  }
  return out;
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+["']([^"']+)["']/g)].map((m) => m[1]!);
}

describe("architecture", () => {
  it("licenses the repository and every package under AGPL-3.0-or-later", () => {
    expect(readFileSync(join(root, "LICENSE"), "utf8")).toMatch(/GNU AFFERO GENERAL PUBLIC LICENSE\s+Version 3/);
    const root_ = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as Manifest;
    expect(root_.license).toBe("AGPL-3.0-or-later");
    for (const [name, m] of manifests) expect({ name, license: m.license }).toEqual({ name, license: "AGPL-3.0-or-later" });
  });

  it("has no dependency cycle between workspace packages", () => {
    const deps = (name: string) =>
      Object.keys({ ...manifests.get(name)?.dependencies, ...manifests.get(name)?.devDependencies }).filter((d) => manifests.has(d));
    const visiting = new Set<string>();
    const done = new Set<string>();
    const visit = (name: string, path: string[]) => {
      if (done.has(name)) return;
      if (visiting.has(name)) throw new Error(`cycle: ${[...path, name].join(" → ")}`);
      visiting.add(name);
      for (const d of deps(name)) visit(d, [...path, name]);
      visiting.delete(name);
      done.add(name);
    };
    for (const name of manifests.keys()) visit(name, []);
    expect(done.size).toBe(manifests.size);
  });

  it("keeps the engine pure: no I/O, no other package, no app", () => {
    const manifest = manifests.get("@zero/engine")!;
    expect(Object.keys(manifest.dependencies ?? {})).toEqual([]);
    const offending = files(join(root, "packages/engine/src")).flatMap((f) =>
      importsOf(f)
        .filter((spec) => !spec.startsWith("./") && !spec.startsWith("../"))
        .map((spec) => `${relative(root, f)} imports ${spec}`),
    );
    expect(offending).toEqual([]);
  });

  it("has no import cycle between files, type-only imports included", () => {
    // Every TypeScript file of the workspaces (sources, scripts, tests) and of tests/.
    const all = [...workspaces.map((w) => join(root, w)), join(root, "tests")].flatMap((dir) => files(dir));
    const known = new Set(all);
    const graph = new Map(
      all.map((f) => [
        f,
        importsOf(f)
          .filter((spec) => spec.startsWith("."))
          .map((spec) => resolve(dirname(f), spec))
          .filter((target) => known.has(target)),
      ]),
    );
    // Tarjan's strongly connected components: any of more than one file is a cycle.
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const onStack = new Set<string>();
    const cycles: string[][] = [];
    const visit = (v: string) => {
      index.set(v, index.size);
      low.set(v, index.get(v)!);
      stack.push(v);
      onStack.add(v);
      for (const w of graph.get(v)!) {
        if (!index.has(w)) {
          visit(w);
          low.set(v, Math.min(low.get(v)!, low.get(w)!));
        } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
      if (low.get(v) === index.get(v)) {
        const component: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          component.push(relative(root, w));
        } while (w !== v);
        if (component.length > 1) cycles.push(component.sort());
      }
    };
    for (const f of all) if (!index.has(f)) visit(f);
    expect(graph.size).toBeGreaterThan(500);
    expect(cycles).toEqual([]);
  });

  it("imports workspace packages only through their declared dependencies", () => {
    const offending: string[] = [];
    for (const w of workspaces) {
      const m = JSON.parse(readFileSync(join(root, w, "package.json"), "utf8")) as Manifest;
      const declared = new Set(Object.keys({ ...m.dependencies, ...m.devDependencies }));
      const src = join(root, w, "src");
      if (!statSync(src, { throwIfNoEntry: false })) continue;
      for (const f of files(src)) {
        for (const spec of importsOf(f)) {
          // "@zero/db/field-encryption" is a subpath export of the package "@zero/db".
          const name = spec.split("/").slice(0, 2).join("/");
          if (spec.startsWith("@zero/") && !declared.has(name)) offending.push(`${relative(root, f)} → ${spec}`);
          if (spec.includes("/apps/") || spec.match(/^(\.\.\/)+(apps|packages)\//)) {
            offending.push(`${relative(root, f)} reaches into ${spec}`);
          }
        }
      }
    }
    expect(offending).toEqual([]);
  });

  it("never imports a package's own index from inside it", () => {
    const offending = workspaces.flatMap((w) => {
      const src = join(root, w, "src");
      if (!statSync(src, { throwIfNoEntry: false })) return [];
      const self = (JSON.parse(readFileSync(join(root, w, "package.json"), "utf8")) as Manifest).name;
      return (
        files(src)
          // A module folder's index.ts (its manifest) may be imported; the package's root index may not.
          .filter((f) =>
            importsOf(f).some(
              (s) => s === self || (s.startsWith(".") && resolve(dirname(f), s).replace(/\.ts$/, "") === join(src, "index")),
            ),
          )
          .map((f) => relative(root, f))
      );
    });
    expect(offending).toEqual([]);
  });

  it("names TypeScript files in kebab-case (legislation variables keep OpenFisca's snake_case)", () => {
    const offending = workspaces
      .flatMap((w) => files(join(root, w)))
      .map((f) => relative(root, f))
      .filter((f) => !f.startsWith("packages/legislation-fr/variables/"))
      .filter(
        (f) =>
          !/^[a-z0-9.-]+$/.test(
            f
              .split("/")
              .at(-1)!
              .replace(/\.tsx?$/, ""),
          ),
      )
      .filter((f) => !/\/[A-Z][A-Za-z0-9]*\.tsx$/.test(f)); // React components are PascalCase
    expect(offending).toEqual([]);
  });

  it("builds SQL only in repositories: under apps/api/src/modules, only repository.ts and *-repository.ts use Kysely", () => {
    // Services and routes receive a repository, never `db`. Outside modules/, the seeds (src/seed),
    // startup-checks.ts and the migrations (packages/db) keep their SQL: they are not request paths.
    const modules = join(root, "apps/api/src/modules");
    const isRepository = (f: string) => /(^|-)repository\.ts$/.test(f.split("/").at(-1)!);
    const query =
      /\.(selectFrom|selectNoFrom|insertInto|replaceInto|updateTable|deleteFrom|mergeInto|transaction)\(|\bsql\s*(<[^`]*?>)?\s*`/;
    // `import type { Kysely }` and `import { type Kysely }` are types only; anything else from kysely is a runtime value.
    const kyselyImport = /(?:^|\n)\s*(import|export)\s+([^;]*?)\s*from\s+["']kysely(?:\/[^"']*)?["']|\bimport\(\s*["']kysely/g;
    const typeOnly = (keyword: string, clause: string) =>
      keyword === "import" &&
      (/^type\s/.test(clause) ||
        (/^\{[^}]*\}$/.test(clause) &&
          clause
            .slice(1, -1)
            .split(",")
            .map((s) => s.trim())
            .filter(Boolean)
            .every((s) => s.startsWith("type "))));
    const offending = files(modules)
      .filter((f) => !isRepository(f))
      .flatMap((f) => {
        // Comments may name a query; the code may not.
        const code = readFileSync(f, "utf8")
          .replace(/\/\*[\s\S]*?\*\//g, "")
          .replace(/^\s*\/\/.*$/gm, "");
        const found: string[] = [];
        const q = code.match(query);
        if (q) found.push(`${relative(root, f)} builds a query (${q[0].trim()})`);
        for (const m of code.matchAll(kyselyImport)) {
          if (!m[1] || !typeOnly(m[1], m[2]!.replace(/\s+/g, " ").trim())) {
            found.push(`${relative(root, f)} imports a runtime value from kysely`);
          }
        }
        return found;
      });
    expect(files(modules).filter(isRepository).length).toBeGreaterThan(15);
    expect(offending).toEqual([]);
  });

  it("keeps source files small (no god files; a generated file, checked by its own test, is no one's to read)", () => {
    const big = workspaces
      .flatMap((w) => files(join(root, w)))
      .filter((f) => !f.endsWith(".generated.ts"))
      .map((f) => ({ f: relative(root, f), lines: readFileSync(f, "utf8").split("\n").length }))
      .filter((x) => x.lines > 400)
      .map((x) => `${x.f}: ${x.lines} lines`);
    expect(big).toEqual([]);
  });
});
