// Loads the YAML parameter tree (the package's only I/O, done once per system; the parsed
// tree is cached as JSON under node_modules/.cache).
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { parameterTreeFromFiles, type ParameterNode } from "@zero/engine";
import YAML from "yaml";

/** The `parameters/` folder of this package. */
export const PARAMETERS_DIR = fileURLToPath(new URL("../parameters", import.meta.url));

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...yamlFiles(path));
    else if (entry.name.endsWith(".yaml")) out.push(path);
  }
  return out.sort();
}

/** Every parameter file, parsed, with its path relative to `parameters/` (forward slashes). */
export function readParameterFiles(dir: string = PARAMETERS_DIR): { path: string; content: unknown }[] {
  const files = yamlFiles(dir).map((file) => ({ path: relative(dir, file).split(sep).join("/"), text: readFileSync(file, "utf8") }));
  // Parsing the YAML is most of the cost of loading a system (about 0.25 s, in every
  // process and worker thread): the parsed tree is kept as JSON, keyed by the files' paths
  // and contents, so any change to any file parses them again.
  const hash = createHash("sha256").update(`${CACHE_FORMAT}\0${YAML_VERSION}\0`);
  for (const f of files) hash.update(f.path).update("\0").update(f.text).update("\0");
  const key = hash.digest("hex");
  const cacheFile = join(CACHE_DIR, `${createHash("sha256").update(resolve(dir)).digest("hex").slice(0, 16)}.json`);
  const cached = readCache(cacheFile, key);
  if (cached) return cached;
  const parsed = files.map((f) => ({ path: f.path, content: YAML.parse(f.text) as unknown }));
  writeCache(cacheFile, key, parsed);
  return parsed;
}

type ParameterFiles = { path: string; content: unknown }[];

/** In the key: a new cache layout or another version of the YAML parser parses again. */
const CACHE_FORMAT = 1;
const YAML_VERSION = (JSON.parse(readFileSync(fileURLToPath(import.meta.resolve("yaml/package.json")), "utf8")) as { version: string })
  .version;

/** One file per parameters folder, holding the key of the contents it was parsed from. */
const CACHE_DIR = fileURLToPath(new URL("../node_modules/.cache/zero-parameters/", import.meta.url));

function readCache(file: string, key: string): ParameterFiles | undefined {
  try {
    const cache = JSON.parse(readFileSync(file, "utf8")) as { key: string; files: ParameterFiles };
    if (cache.key !== key) return undefined;
    const now = new Date();
    utimesSync(file, now, now); // in use: not pruned
    return cache.files;
  } catch {
    return undefined;
  }
}

/** Whether JSON keeps the value as it is (finite numbers, plain objects and arrays, strings, booleans, null). */
function jsonSafe(value: unknown): boolean {
  if (value === null || typeof value === "string" || typeof value === "boolean") return true;
  if (typeof value === "number") return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every(jsonSafe);
  if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) return Object.values(value).every(jsonSafe);
  return false;
}

/** Best effort: a read-only tree or a race with another process only loses the cache. */
function writeCache(file: string, key: string, files: ParameterFiles): void {
  if (!files.every((f) => jsonSafe(f.content))) return;
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(temporary, JSON.stringify({ key, files }));
    renameSync(temporary, file);
    // Folders not loaded for a week (a test's temporary folder…): at worst, parsed again.
    for (const name of readdirSync(CACHE_DIR)) {
      const path = join(CACHE_DIR, name);
      if (Date.now() - statSync(path).mtimeMs > 7 * 86_400_000) rmSync(path, { force: true });
    }
  } catch {
    // No cache this time.
  }
}

export function loadParameters(dir: string = PARAMETERS_DIR): ParameterNode {
  return parameterTreeFromFiles(readParameterFiles(dir) as Parameters<typeof parameterTreeFromFiles>[0]);
}
