import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { axeViolations, browserAvailable, launchBrowser, logIn, openTab, screenshot } from "./browser.ts";

// « Mot de passe oublié », the page of the reset link, and « Mon compte » (password change,
// sessions), through a real browser. The suite's server sends mail with the console transport:
// the message, with its link, is in the server's log (.e2e/server.log, see global-setup.ts).

const ACCOUNT = "maraude@fanal-solidaire.example";
const NEW_PASSWORD = "Une lanterne sur le Vieux-Port 13";
const serverLog = join(resolve(fileURLToPath(new URL("../../..", import.meta.url))), ".e2e", "server.log");

/** The path and fragment of the last reset link mailed to `to`, once the log holds it. */
async function resetLinkFor(to: string): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(
      () => {
        const log = existsSync(serverLog) ? readFileSync(serverLog, "utf8") : "";
        const messages = log.split("--- courriel (MAIL_TRANSPORT=console) ---").filter((m) => m.includes(`To: ${to}`));
        const match = /https?:\/\/[^/\s]+(\/mot-de-passe\/nouveau#jeton=[A-Za-z0-9_-]+)/.exec(messages.at(-1) ?? "");
        link = match?.[1];
        return link !== undefined;
      },
      { timeout: 10_000 },
    )
    .toBe(true);
  return link!;
}

async function fillNewPassword(page: Page, password: string): Promise<void> {
  await page.getByLabel(/^Nouveau mot de passe/).fill(password);
  await page.getByLabel("Confirmer le nouveau mot de passe").fill(password);
  await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
}

describe.skipIf(!browserAvailable)("account: forgotten password, reset link, my account", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test("a forgotten password is reset by the mailed link, once", async () => {
    const { context, page, pageErrors } = await openTab(browser);
    try {
      await page.goto("/connexion");
      await page.getByRole("link", { name: "Mot de passe oublié ?" }).click();
      await page.waitForURL((url) => url.pathname === "/mot-de-passe/oublie");
      await expect.poll(() => page.title()).toBe("Mot de passe oublié — Lab Zéro");
      expect(await axeViolations(page, "/mot-de-passe/oublie")).toEqual([]);
      await page.getByLabel("Adresse électronique").fill(ACCOUNT);
      await page.getByRole("button", { name: "Recevoir un lien" }).click();
      await page.getByText("Si un compte existe avec cette adresse").waitFor();
      await screenshot(page, "password-forgotten-sent");

      const link = await resetLinkFor(ACCOUNT);
      await page.goto(link);
      await page.getByRole("heading", { level: 1, name: "Choisir un nouveau mot de passe" }).waitFor();
      // The token leaves the address bar (and the history) at once.
      expect(new URL(page.url()).hash).toBe("");
      await fillNewPassword(page, "azertyuiop123");
      await page.getByText("C'est une suite de touches").waitFor();
      expect(await axeViolations(page, "/mot-de-passe/nouveau (refused)")).toEqual([]);
      await screenshot(page, "password-reset-refused");
      await fillNewPassword(page, NEW_PASSWORD);
      await page.getByText("Mot de passe changé").waitFor();

      // Opened again (as from the mail, a new load of the page): the link is spent.
      await page.goto("/");
      await page.goto(link);
      await fillNewPassword(page, "Encore une autre idée 2026");
      await page.getByText("Lien non valable").waitFor();
      await screenshot(page, "password-reset-link-spent");
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("« Mon compte » lists my sessions, closes another one and changes the password", async () => {
    const other = await openTab(browser);
    const { context, page, pageErrors } = await openTab(browser);
    try {
      await logIn(other.page, ACCOUNT, NEW_PASSWORD);
      await other.page.waitForURL((url) => url.pathname === "/");
      await logIn(page, ACCOUNT, NEW_PASSWORD);
      await page.waitForURL((url) => url.pathname === "/");
      await page.getByRole("link", { name: "Mon compte" }).first().click();
      await page.waitForURL((url) => url.pathname === "/mon-compte");
      await expect.poll(() => page.title()).toBe("Mon compte — Lab Zéro");
      const rows = page.locator("table tbody tr");
      await expect.poll(() => rows.count()).toBe(2);
      expect(await rows.filter({ hasText: "Cette session" }).count()).toBe(1);
      expect(await axeViolations(page, "/mon-compte")).toEqual([]);
      await screenshot(page, "my-account");

      await page.getByRole("button", { name: "Fermer", exact: true }).click();
      await page.getByText("La session a été fermée.").waitFor();
      await expect.poll(() => rows.count()).toBe(1);
      expect((await other.page.request.get("/api/me")).status()).toBe(401);

      await page.getByLabel("Mot de passe actuel").fill("pas le bon mot de passe");
      await page.getByLabel(/^Nouveau mot de passe/).fill("Deux lanternes sur le port 13");
      await page.getByLabel("Confirmer le nouveau mot de passe").fill("Deux lanternes sur le port 13");
      await page.getByRole("button", { name: "Changer le mot de passe" }).click();
      await page.getByText("Le mot de passe actuel est incorrect.").waitFor();
      await page.getByLabel("Mot de passe actuel").fill(NEW_PASSWORD);
      await page.getByRole("button", { name: "Changer le mot de passe" }).click();
      await page.getByText("Votre mot de passe a été changé.").waitFor();
      expect((await page.request.get("/api/me")).status()).toBe(200);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
      await other.context.close();
    }
  });
});
