import { createHmac } from "node:crypto";
import type { Page } from "playwright-core";

// What an authenticator app does, for the browser tests of the TOTP second factor: RFC 6238
// codes computed here (node:crypto), from the otpauth link the page shows, independently of
// the server's own implementation (apps/api/src/modules/auth/totp/rfc6238.ts).

export type Totp = { key: Buffer; digits: number; period: number; algorithm: string };

function base32(text: string): Buffer {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = "";
  for (const c of text.replace(/[\s=]/g, "").toUpperCase()) bits += alphabet.indexOf(c).toString(2).padStart(5, "0");
  return Buffer.from(bits.match(/.{8}/g)!.map((b) => parseInt(b, 2)));
}

export function totpFrom(uri: string): Totp {
  const url = new URL(uri);
  return {
    key: base32(url.searchParams.get("secret")!),
    digits: Number(url.searchParams.get("digits") ?? 6),
    period: Number(url.searchParams.get("period") ?? 30),
    algorithm: (url.searchParams.get("algorithm") ?? "SHA1").toLowerCase(),
  };
}

export function codeAt(t: Totp, step: number): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = createHmac(t.algorithm, t.key).update(counter).digest();
  const offset = mac[mac.length - 1]! & 0xf;
  const value = (mac.readUInt32BE(offset) & 0x7fffffff) % 10 ** t.digits;
  return String(value).padStart(t.digits, "0");
}

/** The current time step of this key. */
export function stepNow(t: Totp): number {
  return Math.floor(Date.now() / 1000 / t.period);
}

/** A code the server takes after the step `last` was used: the next step it accepts (±1), waiting if needed. */
export async function codeAfter(t: Totp, last: number): Promise<{ code: string; step: number }> {
  for (;;) {
    const now = stepNow(t);
    const step = Math.max(now - 1, last + 1);
    if (step <= now + 1) return { code: codeAt(t, step), step };
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/** A code that no step the server accepts now (±1) would give. */
export function wrongCode(t: Totp): string {
  const now = stepNow(t);
  const taken = new Set([now - 2, now - 1, now, now + 1, now + 2].map((step) => codeAt(t, step)));
  for (let n = 0; ; n += 1) {
    const code = String((123456 + n * 7919) % 10 ** t.digits).padStart(t.digits, "0");
    if (!taken.has(code)) return code;
  }
}

/** Types a code into the form named `form` (its field « Code de vérification ») and sends it. */
export async function submitCode(page: Page, form: string, code: string, button: string): Promise<void> {
  const f = page.getByRole("form", { name: form });
  await f.getByLabel(/^Code de vérification/).fill(code);
  await f.getByRole("button", { name: button }).click();
}
