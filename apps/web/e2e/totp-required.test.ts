import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { migrateToLatest, openDatabase } from "@zero/db";
import type { FastifyInstance } from "fastify";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { buildApp } from "../../api/src/app.ts";
import { loadConfig } from "../../api/src/config.ts";
import { TEST_FIELD_ENCRYPTION_KEYS } from "../../api/src/field-encryption/config.ts";
import { seedDemo } from "../../api/src/seed/seed-demo.ts";
import { freePort } from "../../../tests/security/support/free-port.ts";
import { axeViolations, browserAvailable, demoPassword, launchBrowser, openTab, screenshot } from "./browser.ts";
import { codeAfter, stepNow, submitCode, totpFrom, wrongCode } from "./totp-codes.ts";

// REQUIRE_TOTP_FOR_URGENCE=true, in a real browser: a password account holding a role on named
// people (here the demo maraude) must set up the second factor at its first login, then gives a
// code at each login, and cannot turn it off; an account without such a role logs in with its
// password alone. This file runs its own server with the policy on, on its own SQLite file: the
// suite's shared server keeps it off, as every other browser test logs in Urgence accounts with
// their password only.

const webDist = resolve(fileURLToPath(new URL("../dist", import.meta.url)));
const MARAUDE = "maraude@phare-marseille.example";
const NO_URGENCE_ROLE = "admin@horizon-asso.example";

async function logInAt(page: Page, zero: string, email: string): Promise<void> {
  if (new URL(page.url()).pathname !== "/connexion") await page.goto(`${zero}/connexion`);
  await page.getByLabel("Adresse électronique").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill(demoPassword);
  await page.getByRole("button", { name: "Se connecter" }).click();
}

async function signedInAs(page: Page, zero: string): Promise<string> {
  const me = await page.request.get(`${zero}/api/me`);
  expect(me.status()).toBe(200);
  return ((await me.json()) as { user: { email: string } }).user.email;
}

describe.skipIf(!browserAvailable)("the TOTP second factor required for roles on named people", () => {
  let browser: Browser;
  let app: FastifyInstance;
  let zero: string;
  const dir = mkdtempSync(join(tmpdir(), "zero-e2e-totp-required-"));

  beforeAll(async () => {
    const port = await freePort();
    zero = `http://127.0.0.1:${port}`;
    const database = openDatabase(join(dir, "zero.sqlite"));
    await migrateToLatest(database);
    await seedDemo(database);
    const config = loadConfig({
      SESSION_SECRET: "e2e-totp-required-secret-e2e-totp-0123456789",
      WEB_DIST: webDist,
      FIELD_ENCRYPTION_KEYS: TEST_FIELD_ENCRYPTION_KEYS,
      REQUIRE_TOTP_FOR_URGENCE: "true",
    });
    expect(config.totp.requireForUrgence).toBe(true);
    app = await buildApp({ config, database, logger: false });
    await app.listen({ port, host: "127.0.0.1" });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test("set up at the first login, asked at the next, not removable; too many wrong codes restart", { timeout: 240_000 }, async () => {
    const { context, page, pageErrors } = await openTab(browser);
    try {
      // The first login: the password is right, the session waits for the enrolment.
      await logInAt(page, zero, MARAUDE);
      const step = page.getByRole("region", { name: "Double authentification" });
      await step.getByText("la double authentification y est obligatoire").waitFor();
      expect((await page.request.get(`${zero}/api/me`)).status()).toBe(401);
      const key = (await step.getByTestId("totp-secret").textContent())!;
      expect(key).toMatch(/^[A-Z2-7]{4}( [A-Z2-7]{4})*( [A-Z2-7]{1,3})?$/);
      const uri = (await step.getByRole("link", { name: "ajouter le compte dans l'application" }).getAttribute("href"))!;
      expect(uri).toMatch(/^otpauth:\/\/totp\//);
      expect(key.replace(/\s/g, "")).toBe(new URL(uri).searchParams.get("secret"));
      const totp = totpFrom(uri);
      const field = step.getByLabel(/^Code de vérification/);
      expect(await field.getAttribute("autocomplete")).toBe("one-time-code");
      expect(await field.getAttribute("inputmode")).toBe("numeric");
      await screenshot(page, "login-totp-enrolment");
      expect(await axeViolations(page, "/connexion (TOTP enrolment required)")).toEqual([]);

      // A wrong first code is refused in French; the right one opens the session.
      await submitCode(page, "Activer la double authentification", wrongCode(totp), "Activer");
      await step.getByRole("alert").filter({ hasText: "Code incorrect ou déjà utilisé" }).waitFor();
      expect((await page.request.get(`${zero}/api/me`)).status()).toBe(401);
      await screenshot(page, "login-totp-enrolment-wrong-code");
      let used = await codeAfter(totp, stepNow(totp) - 1);
      await submitCode(page, "Activer la double authentification", used.code, "Activer");
      await page.getByTestId("user-name").first().waitFor();
      expect(new URL(page.url()).pathname).toBe("/");
      expect(await signedInAs(page, zero)).toBe(MARAUDE);

      // « Mon compte »: on, required, and offered no way to turn it off.
      await page.goto(`${zero}/mon-compte`);
      const section = page.getByRole("region", { name: "Double authentification" });
      await expect.poll(() => section.getByTestId("totp-state").textContent()).toBe("Activée — exigée pour ce compte");
      expect(await section.getByRole("button", { name: "Désactiver" }).count()).toBe(0);
      await section.getByText("ne peut pas être désactivée").waitFor();
      await screenshot(page, "account-totp-required");
      expect(await axeViolations(page, "/mon-compte (TOTP required)")).toEqual([]);

      // Signed out, a protected page sends to the login, which now asks for a code.
      await page.getByRole("button", { name: "Se déconnecter" }).first().click();
      await page.waitForURL((url) => url.pathname === "/connexion" || url.pathname === "/");
      await page.goto(`${zero}/mon-compte`);
      await page.waitForURL((url) => url.pathname === "/connexion");
      await logInAt(page, zero, MARAUDE);
      await step.getByText("Votre compte est protégé par une double authentification.").waitFor();
      await screenshot(page, "login-totp-code");
      expect(await axeViolations(page, "/connexion (TOTP code)")).toEqual([]);

      // Five wrong codes spend the step: the sixth try goes back to the password, in French.
      for (let i = 0; i < 5; i += 1) {
        await submitCode(page, "Code de vérification", wrongCode(totp), "Valider");
        // « Vérification… » while the code travels, « Valider » again with the answer.
        await step.getByRole("button", { name: "Valider", exact: true }).waitFor();
        await step.getByRole("alert").filter({ hasText: "Code incorrect ou déjà utilisé" }).waitFor();
      }
      await submitCode(page, "Code de vérification", wrongCode(totp), "Valider");
      const restart = "Cette étape a expiré ou reçu trop de codes faux : saisissez à nouveau votre mot de passe.";
      await page.getByRole("alert").filter({ hasText: restart }).waitFor();
      await page.getByLabel("Mot de passe", { exact: true }).waitFor();
      await screenshot(page, "login-totp-restart");
      expect((await page.request.get(`${zero}/api/me`)).status()).toBe(401);

      // The password again, then a good code: the login lands where it was going (« Mon compte »).
      await logInAt(page, zero, MARAUDE);
      used = await codeAfter(totp, used.step);
      await submitCode(page, "Code de vérification", used.code, "Valider");
      await page.waitForURL((url) => url.pathname === "/mon-compte");
      expect(await signedInAs(page, zero)).toBe(MARAUDE);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("an account without a role on named people logs in with its password alone", async () => {
    const { context, page, pageErrors } = await openTab(browser);
    try {
      await logInAt(page, zero, NO_URGENCE_ROLE);
      await page.getByTestId("user-name").first().waitFor();
      expect(await signedInAs(page, zero)).toBe(NO_URGENCE_ROLE);
      await page.goto(`${zero}/mon-compte`);
      const section = page.getByRole("region", { name: "Double authentification" });
      await expect.poll(() => section.getByTestId("totp-state").textContent()).toBe("Non activée");
      await section.getByRole("button", { name: "Activer la double authentification" }).waitFor();
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
