// `npm start`: builds the web app when its sources are newer than the build, then starts
// the API server (which migrates the database and creates the demo data on first run).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const web = join(root, "apps/web");
const builtIndex = join(web, "dist/index.html");

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const sourcesMtime = Math.max(
  newestMtime(join(web, "src")),
  statSync(join(web, "index.html")).mtimeMs,
  statSync(join(web, "vite.config.ts")).mtimeMs,
);
if (!existsSync(builtIndex) || statSync(builtIndex).mtimeMs < sourcesMtime) {
  console.log("Zéro: construction de l'application web…");
  const build = spawnSync("npm", ["run", "build:web"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn(join(root, "node_modules/.bin/tsx"), [join(root, "apps/api/src/server.ts")], {
  cwd: root,
  stdio: "inherit",
  // `npm start` is the development command: demo data on unless said otherwise (never in production).
  env: { ...process.env, SEED_DEMO: process.env.SEED_DEMO ?? (process.env.NODE_ENV === "production" ? "false" : "true") },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
