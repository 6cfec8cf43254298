// The mail transport's configuration (MAIL_TRANSPORT, MAIL_DIR, MAIL_FROM, PUBLIC_URL), read by config.ts.

export type MailTransportKind = "console" | "file" | "none";

export interface MailConfig {
  /**
   * console: prints each message on the server's standard error (development; refused in
   * production); file: writes each message as an .eml file into `dir` (tests, or a spool a local
   * mail server sends from); none: sends nothing (the production default until a transport is set).
   */
  transport: MailTransportKind;
  dir: string | null;
  from: string;
  /** Where people open Zéro: the links in messages start with it (never taken from a request's Host). */
  publicUrl: string;
}

const KINDS: readonly MailTransportKind[] = ["console", "file", "none"];

export function mailConfigFrom(
  env: NodeJS.ProcessEnv,
  options: { production: boolean; port: number },
  fail: (message: string) => Error,
): MailConfig {
  const raw = env.MAIL_TRANSPORT?.trim().toLowerCase() ?? "";
  const transport = (raw === "" ? (options.production ? "none" : "console") : raw) as MailTransportKind;
  if (!KINDS.includes(transport)) throw fail(`MAIL_TRANSPORT must be console, file or none, got "${raw}"`);
  if (transport === "console" && options.production) {
    throw fail("MAIL_TRANSPORT=console prints password reset links: it is refused when NODE_ENV=production");
  }
  const dir = env.MAIL_DIR?.trim() || null;
  if (transport === "file" && dir === null) throw fail("MAIL_DIR is required when MAIL_TRANSPORT=file");
  const from = env.MAIL_FROM?.trim() || "Zéro <ne-pas-repondre@localhost>";
  if (/[\r\n]/.test(from)) throw fail("MAIL_FROM must be one line");
  const rawUrl = env.PUBLIC_URL?.trim() ?? "";
  if (rawUrl === "" && options.production && transport !== "none") {
    throw fail("PUBLIC_URL is required when NODE_ENV=production and a MAIL_TRANSPORT sends links");
  }
  let publicUrl: URL;
  try {
    publicUrl = new URL(rawUrl === "" ? `http://localhost:${options.port}` : rawUrl);
  } catch {
    throw fail(`PUBLIC_URL must be an absolute URL such as https://zero.example.fr, got "${rawUrl}"`);
  }
  if (publicUrl.protocol !== "https:" && publicUrl.protocol !== "http:") {
    throw fail(`PUBLIC_URL must start with https:// (or http://), got "${rawUrl}"`);
  }
  return { transport, dir, from, publicUrl: publicUrl.href.replace(/\/+$/, "") };
}
