import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// Finds a Chromium for the browser suite (and any script that drives one), in this order:
//  1. CHROMIUM_PATH, when set: it must exist and run, no other browser is tried;
//  2. the system's Chromium or Chrome (systemChromiumPaths), the first one that runs;
//  3. the Chromium shipped inside the npm package @sparticuz/chromium (a devDependency,
//     Linux x64 only), extracted on first use to <tmpdir>/chromium (about 200 MB, 2 s).
// A browser "runs" when `<path> --version` exits 0 within 30 s.

export const systemChromiumPaths = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"] as const;

/**
 * Flags for every Chromium we launch, as root on a machine without a network: no sandbox
 * (root), no GPU, and none of the background connections that a closed network refuses.
 * The @sparticuz/chromium build needs none of its own serverless flags to run headless here.
 */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
] as const;

export type ChromiumSource = "CHROMIUM_PATH" | "system" | "@sparticuz/chromium";

export interface FoundChromium {
  source: ChromiumSource;
  executablePath: string;
  /** What `--version` printed, e.g. "Chromium 143.0.7499.0". */
  version: string;
  /** Variables to add to the browser's environment (the fonts of the packaged build). */
  env: Record<string, string>;
}

/** No browser at all: `tried` says what was looked at and why each was not taken. */
export class ChromiumNotFoundError extends Error {
  constructor(readonly tried: string[]) {
    super(`no Chromium found. Tried:\n${tried.map((line) => `  - ${line}`).join("\n")}`);
    this.name = "ChromiumNotFoundError";
  }
}

export interface FinderOptions {
  env?: Record<string, string | undefined>;
  systemPaths?: readonly string[];
  exists?: (path: string) => boolean;
  /** The first line `<path> --version` printed, or undefined when it does not run. */
  versionOf?: (path: string) => string | undefined;
  /** Extracts the @sparticuz/chromium build when needed and returns its path. */
  packaged?: () => Promise<string>;
  /** Removes a packaged build that does not run (a half-done extraction), so it is extracted again. */
  discardPackaged?: (path: string) => void;
  /** Writes the fontconfig file of the packaged build and returns the variables pointing to it. */
  packagedFontsEnv?: () => Record<string, string>;
}

export async function findChromium(options: FinderOptions = {}): Promise<FoundChromium> {
  const env = options.env ?? process.env;
  const exists = options.exists ?? existsSync;
  const versionOf = options.versionOf ?? runVersion;
  const tried: string[] = [];

  const explicit = env.CHROMIUM_PATH?.trim();
  if (explicit) {
    if (!exists(explicit)) throw new Error(`CHROMIUM_PATH=${explicit} does not exist.`);
    const version = versionOf(explicit);
    if (version === undefined) throw new Error(`CHROMIUM_PATH=${explicit} does not run (\`--version\` failed).`);
    return { source: "CHROMIUM_PATH", executablePath: explicit, version, env: {} };
  }
  tried.push("CHROMIUM_PATH: not set");

  for (const path of options.systemPaths ?? systemChromiumPaths) {
    if (!exists(path)) {
      tried.push(`${path}: absent`);
      continue;
    }
    const version = versionOf(path);
    if (version !== undefined) return { source: "system", executablePath: path, version, env: {} };
    tried.push(`${path}: present but \`--version\` failed`);
  }

  const packaged = options.packaged ?? (packagedSupported() ? extractPackaged : undefined);
  if (!packaged) {
    tried.push(`@sparticuz/chromium: built for Linux x64 only, this is ${process.platform} ${process.arch}`);
    throw new ChromiumNotFoundError(tried);
  }
  const discard = options.discardPackaged ?? ((path: string) => rmSync(path, { force: true }));
  for (let attempt = 1; attempt <= 2; attempt++) {
    let path: string;
    try {
      path = await packaged();
    } catch (error) {
      tried.push(`@sparticuz/chromium: ${(error as Error).message}`);
      break;
    }
    const version = versionOf(path);
    if (version !== undefined) {
      // A fontconfig chosen by the user is left alone.
      const userFonts = Boolean(env.FONTCONFIG_FILE || env.FONTCONFIG_PATH);
      const fontsEnv = userFonts ? {} : (options.packagedFontsEnv ?? writePackagedFontsConfig)();
      return { source: "@sparticuz/chromium", executablePath: path, version, env: fontsEnv };
    }
    tried.push(`@sparticuz/chromium: ${path} present but \`--version\` failed (attempt ${attempt})`);
    if (attempt === 1) discard(path);
  }
  throw new ChromiumNotFoundError(tried);
}

/** One line for logs: "Chromium 143.0.7499.0 (@sparticuz/chromium: /tmp/chromium)". */
export function describeChromium(found: FoundChromium): string {
  return `${found.version} (${found.source}: ${found.executablePath})`;
}

function packagedSupported(): boolean {
  return process.platform === "linux" && process.arch === "x64";
}

async function extractPackaged(): Promise<string> {
  const chromium = (await import("@sparticuz/chromium")).default;
  return chromium.executablePath();
}

function runVersion(path: string): string | undefined {
  const result = spawnSync(path, ["--version"], { encoding: "utf8", timeout: 30_000 });
  if (result.error || result.status !== 0) return undefined;
  return result.stdout.trim().split("\n")[0] || path;
}

/**
 * The packaged build reads fontconfig like the system's Chromium: the system's fonts when
 * there are any (so screenshots look the same with either), and the Open Sans that the
 * package ships (extracted to <tmpdir>/fonts) when the machine has none.
 */
function writePackagedFontsConfig(): Record<string, string> {
  const dir = join(tmpdir(), "zero-chromium-fontconfig");
  mkdirSync(dir, { recursive: true });
  const packagedFonts = join(tmpdir(), "fonts");
  const file = join(dir, "fonts.conf");
  writeFileSync(
    file,
    [
      `<?xml version="1.0"?>`,
      `<!DOCTYPE fontconfig SYSTEM "fonts.dtd">`,
      `<fontconfig>`,
      `  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>`,
      ...(existsSync(packagedFonts) ? [`  <dir>${packagedFonts}</dir>`] : []),
      `  <cachedir>${join(dir, "cache")}</cachedir>`,
      `</fontconfig>`,
      ``,
    ].join("\n"),
  );
  return { FONTCONFIG_FILE: file };
}
