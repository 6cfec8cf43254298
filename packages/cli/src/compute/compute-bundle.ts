// `zero compute` runs its own sources bundled into one module per thread (docs/decisions/
// 0014-batch-runs-a-bundle.md): the same code as through tsx, compiled once by esbuild
// instead of module by module. Built on first use into a git-ignored cache, and again
// whenever one of the bundled source files changes: there is no separate build step.
import { build, version, type Plugin } from "esbuild";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/**
 * Node options of a `zero compute` process (bin/compute-flags.json: bin/zero.mjs starts
 * the process with them before it loads anything else): garbage collection and
 * optimizing compilation in the thread that needs them, not on helper threads. A batch
 * keeps every core busy computing; V8's concurrent marking, parallel scavenging and
 * background compilation then compete for the same cores and cost more CPU in all (1M
 * households on 2 cores: about 10 % less CPU and wall time for the GC flag, 2 to 3 % more
 * for the compiler flag, measured; results are the same). No inlining by the optimizing
 * compiler: each thread compiles some 350 functions, and compiling them took 3.1 s of CPU
 * with inlining, 1.7 s without, for hardly slower code (1M households, 4 runs each:
 * 10.5 to 10.9 s with, 9.9 to 10.3 s without).
 */
export const COMPUTE_NODE_FLAGS = JSON.parse(
  readFileSync(new URL("../../bin/compute-flags.json", import.meta.url), "utf8"),
) as readonly string[];

const ENTRIES = {
  main: fileURLToPath(new URL("../main.ts", import.meta.url)),
  "chunk-worker": fileURLToPath(new URL("./chunk-worker.ts", import.meta.url)),
};
const ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
const CACHE_DIR = fileURLToPath(new URL("../../node_modules/.cache/zero-compute/", import.meta.url));
const MANIFEST = join(CACHE_DIR, "manifest.json");
/** Changes whenever the build options below change (older bundles are then rebuilt). */
const FORMAT = 1;

interface Manifest {
  format: number;
  esbuild: string;
  /** The repository the bundle was built from: a copied tree (cache included) rebuilds. */
  root: string;
  /** Bundle file names in CACHE_DIR, by entry. */
  files: Record<keyof typeof ENTRIES, string>;
  /** Every bundled source file: [mtime in ms, size]. */
  inputs: Record<string, [number, number]>;
}

export interface ComputeBundle {
  /** The bundled `src/main.ts`: exports what main.ts exports. */
  readonly main: URL;
  /** The bundled chunk worker (a worker thread script). */
  readonly worker: URL;
}

// Workspace packages (@zero/*) are bundled from their sources; other packages and Node's
// modules are imported at run time. A source file's `import.meta.url` keeps meaning that
// file (the French model finds its parameters and data next to its sources). Each file's
// time and size are taken before it is read: a file saved during the build is stale next time.
function sources(seen: Manifest["inputs"]): Plugin {
  return {
    name: "zero-sources",
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith("@zero/") ? undefined : { path: args.path, external: true }));
      b.onLoad({ filter: /\.ts$/ }, async (args) => {
        const s = statSync(args.path);
        seen[args.path] = [s.mtimeMs, s.size];
        const text = await readFile(args.path, "utf8");
        return { contents: text.replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href)), loader: "ts" };
      });
    },
  };
}

function readManifest(): Manifest | undefined {
  try {
    return JSON.parse(readFileSync(MANIFEST, "utf8")) as Manifest;
  } catch {
    return undefined;
  }
}

function isFresh(m: Manifest): boolean {
  if (m.format !== FORMAT || m.esbuild !== version || m.root !== ROOT) return false;
  if (!Object.values(m.files).every((f) => existsSync(join(CACHE_DIR, f)))) return false;
  for (const [path, [mtime, size]] of Object.entries(m.inputs)) {
    let s;
    try {
      s = statSync(path);
    } catch {
      return false;
    }
    if (s.mtimeMs !== mtime || s.size !== size) return false;
  }
  return true;
}

/** Writes a file whole or not at all (other runs may read the cache meanwhile). */
function writeAtomically(path: string, contents: string | Uint8Array): void {
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, path);
}

async function rebuild(): Promise<Manifest> {
  const seen: Manifest["inputs"] = {};
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ENTRIES,
    outdir: CACHE_DIR,
    entryNames: "[name]-[hash]",
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    metafile: true,
    write: false,
    logLevel: "silent",
    plugins: [sources(seen)],
  });
  mkdirSync(CACHE_DIR, { recursive: true });
  const files = {} as Manifest["files"];
  for (const [path, output] of Object.entries(result.metafile.outputs)) {
    const entry = Object.entries(ENTRIES).find(
      ([, source]) => output.entryPoint !== undefined && join(ROOT, output.entryPoint) === source,
    )?.[0];
    if (entry) files[entry as keyof typeof ENTRIES] = basename(path);
  }
  for (const file of result.outputFiles) {
    if (!existsSync(file.path)) writeAtomically(file.path, file.contents);
  }
  const inputs: Manifest["inputs"] = {};
  for (const input of Object.keys(result.metafile.inputs)) {
    const path = join(ROOT, input);
    const s = statSync(path);
    inputs[path] = seen[path] ?? [s.mtimeMs, s.size];
  }
  const manifest: Manifest = { format: FORMAT, esbuild: version, root: ROOT, files, inputs };
  writeAtomically(MANIFEST, JSON.stringify(manifest));
  // Bundles of older sources, unless another run used them in the last hour (a run marks
  // the bundles it starts from: its workers load them later).
  const keep = new Set([...Object.values(files), basename(MANIFEST)]);
  for (const name of readdirSync(CACHE_DIR)) {
    const path = join(CACHE_DIR, name);
    if (!keep.has(name) && Date.now() - statSync(path).mtimeMs > 3_600_000) rmSync(path, { force: true });
  }
  return manifest;
}

/** The bundles of the current sources, built first if needed (about 0.3 s). */
export async function computeBundle(): Promise<ComputeBundle> {
  const cached = readManifest();
  const manifest = cached && isFresh(cached) ? cached : await rebuild();
  const now = new Date();
  for (const file of Object.values(manifest.files)) {
    try {
      utimesSync(join(CACHE_DIR, file), now, now);
    } catch {
      // Removed meanwhile by a run older than an hour's pruning: the import below says so.
    }
  }
  return {
    main: pathToFileURL(join(CACHE_DIR, manifest.files.main)),
    worker: pathToFileURL(join(CACHE_DIR, manifest.files["chunk-worker"])),
  };
}
