import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { accountConfigFrom, type AccountConfig } from "../../src/modules/auth/account-config.ts";

export interface Mailbox {
  dir: string;
  /** The .eml files written so far, oldest first, as text. */
  messages(): string[];
  /** Messages whose To: is `to`. */
  to(to: string): string[];
  /** The reset token in the last message to `to`, or undefined. */
  lastResetToken(to: string): string | undefined;
  remove(): void;
}

/** A folder for the `file` mail transport, and the account config that writes into it. */
export function fileMailbox(env: NodeJS.ProcessEnv = {}): { mailbox: Mailbox; account: AccountConfig } {
  const dir = mkdtempSync(join(tmpdir(), "zero-mail-"));
  const account = accountConfigFrom(
    { MAIL_TRANSPORT: "file", MAIL_DIR: dir, PUBLIC_URL: "https://zero.test", ...env },
    { production: false, port: 3000 },
    (message) => new Error(message),
  );
  const messages = () =>
    readdirSync(dir)
      .filter((f) => f.endsWith(".eml"))
      .sort()
      .map((f) => readFileSync(join(dir, f), "utf8"));
  const to = (address: string) => messages().filter((m) => m.includes(`\r\nTo: ${address}\r\n`));
  return {
    account,
    mailbox: {
      dir,
      messages,
      to,
      lastResetToken(address) {
        const all = to(address);
        return /#jeton=([A-Za-z0-9_-]+)/.exec(all[all.length - 1] ?? "")?.[1];
      },
      remove: () => rmSync(dir, { recursive: true, force: true }),
    },
  };
}
