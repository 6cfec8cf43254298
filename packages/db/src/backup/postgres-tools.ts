import { spawn } from "node:child_process";
import { BackupError } from "./errors.ts";

// pg_dump and pg_restore, spawned with an argument list (no shell, nothing interpolated into a
// command string); the password travels in PGPASSWORD, never on the command line where `ps` shows it.

export type PgTool = "pg_dump" | "pg_restore";

export interface PgTarget {
  /** The connection URL without its password (libpq reads postgres:// URLs). */
  url: string;
  env: NodeJS.ProcessEnv;
}

export function pgTarget(databaseUrl: string, env: NodeJS.ProcessEnv = process.env): PgTarget {
  const parsed = new URL(databaseUrl);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  return { url: parsed.toString(), env: password === "" ? { ...env } : { ...env, PGPASSWORD: password } };
}

export interface ToolResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runPgTool(tool: PgTool, args: readonly string[], env: NodeJS.ProcessEnv): Promise<ToolResult> {
  return new Promise((resolveResult, reject) => {
    const child = spawn(tool, args, { env, stdio: ["ignore", "pipe", "pipe"], shell: false });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let settled = false;
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    child.on("error", (error: NodeJS.ErrnoException) => {
      if (settled) return;
      settled = true;
      if (error.code === "ENOENT") {
        reject(
          new BackupError(
            "PG_TOOL_MISSING",
            `${tool} est introuvable : installez le client PostgreSQL (Debian : apt-get install postgresql-client), ` +
              "de la version du serveur ou plus récente",
          ),
        );
      } else reject(error);
    });
    child.on("close", (code) => {
      if (settled) return;
      settled = true;
      resolveResult({
        code: code ?? 1,
        stdout: Buffer.concat(stdout).toString("utf8"),
        stderr: Buffer.concat(stderr).toString("utf8"),
      });
    });
  });
}

/**
 * The tool's error lines, without those that may quote data: PostgreSQL's DETAIL (a key's
 * value), CONTEXT (a COPY line) and the lines it quotes after LINE n.
 */
export function safeToolMessage(stderr: string): string {
  const lines = stderr
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !/^(DETAIL|CONTEXT|HINT|LINE \d+|QUERY):/.test(line) && !line.startsWith("^"));
  return lines
    .slice(0, 5)
    .map((line) => line.slice(0, 300))
    .join(" / ");
}

/** Fails with a clear message, as the first step, when the tool is not installed. */
export async function requirePgTool(tool: PgTool, env: NodeJS.ProcessEnv): Promise<void> {
  const result = await runPgTool(tool, ["--version"], env);
  if (result.code !== 0) {
    throw new BackupError("PG_TOOL_FAILED", `${tool} --version a échoué : ${safeToolMessage(result.stderr)}`);
  }
}

export function toolFailed(tool: PgTool, result: ToolResult, after: string): BackupError {
  const message = `${tool} a échoué (code ${result.code}) : ${safeToolMessage(result.stderr)}${after}`;
  return new BackupError("PG_TOOL_FAILED", message);
}
