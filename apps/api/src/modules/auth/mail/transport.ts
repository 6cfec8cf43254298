import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { MailConfig } from "./config.ts";

export interface MailMessage {
  to: string;
  subject: string;
  /** Plain text, UTF-8. */
  text: string;
}

export interface MailTransport {
  readonly kind: MailConfig["transport"];
  send(message: MailMessage): Promise<void>;
}

const oneLine = (value: string) => value.replace(/[\r\n]+/g, " ");

/** RFC 2047 encoded word, so that a French subject survives every mail reader. */
function encodedWord(text: string): string {
  return /^[\x20-\x7e]*$/.test(text) ? text : `=?UTF-8?B?${Buffer.from(text, "utf8").toString("base64")}?=`;
}

/** The message as an RFC 5322 text: what the file driver writes, what a mail server would receive. */
export function toEml(from: string, message: MailMessage, date = new Date()): string {
  const domain = /@([^>\s]+)/.exec(from)?.[1] ?? "localhost";
  const headers = [
    `From: ${oneLine(from)}`,
    `To: ${oneLine(message.to)}`,
    `Subject: ${encodedWord(oneLine(message.subject))}`,
    `Date: ${date.toUTCString()}`,
    `Message-ID: <${randomBytes(12).toString("hex")}@${domain}>`,
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 8bit",
  ];
  return `${headers.join("\r\n")}\r\n\r\n${message.text.replace(/\r?\n/g, "\r\n")}\r\n`;
}

/** The driver named by MAIL_TRANSPORT. */
export function mailTransport(config: MailConfig): MailTransport {
  switch (config.transport) {
    case "console":
      return {
        kind: "console",
        async send(message) {
          // Development only (refused in production): the link is for the developer's eyes, on
          // standard error, never in the structured logs.
          process.stderr.write(`\n--- courriel (MAIL_TRANSPORT=console) ---\n${toEml(config.from, message)}---\n\n`);
        },
      };
    case "file": {
      const dir = config.dir!;
      return {
        kind: "file",
        async send(message) {
          await mkdir(dir, { recursive: true, mode: 0o700 });
          const name = `${new Date().toISOString().replace(/[:.]/g, "-")}-${randomBytes(4).toString("hex")}.eml`;
          // The message holds a one-time link: readable by the server's user only.
          await writeFile(join(dir, name), toEml(config.from, message), { mode: 0o600, flag: "wx" });
        },
      };
    }
    case "none":
      return { kind: "none", async send() {} };
  }
}
