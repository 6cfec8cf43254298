import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { axeViolations, browserAvailable, demoPassword, launchBrowser, logIn, openTab, screenshot } from "./browser.ts";
import { codeAfter, stepNow, submitCode, totpFrom, wrongCode } from "./totp-codes.ts";

// The TOTP second factor through a real browser: « Mon compte » turns it on with the key an
// authenticator app would take, the login then asks for a code (a wrong one is refused in
// French), and it is turned off again with a current code. The codes are computed as an
// authenticator app does (totp-codes.ts: RFC 6238, from the otpauth link the page shows).

const ACCOUNT = "accueil@abri-phoceen.example";

describe.skipIf(!browserAvailable)("the TOTP second factor", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test("turned on in « Mon compte », asked at login, refused when wrong, turned off", { timeout: 180_000 }, async () => {
    const { context, page, pageErrors } = await openTab(browser);
    try {
      await logIn(page, ACCOUNT, demoPassword);
      await page.getByTestId("user-name").first().waitFor();
      await page.goto("/mon-compte");
      const section = page.getByRole("region", { name: "Double authentification" });
      await expect.poll(() => section.getByTestId("totp-state").textContent()).toContain("Non activée");
      await section.getByRole("button", { name: "Activer la double authentification" }).click();
      const uri = (await section.getByRole("link", { name: "ajouter le compte dans l'application" }).getAttribute("href"))!;
      expect(uri).toMatch(/^otpauth:\/\/totp\//);
      const shownKey = (await section.getByTestId("totp-secret").textContent())!;
      expect(shownKey.replace(/\s/g, "")).toBe(new URL(uri).searchParams.get("secret"));
      const totp = totpFrom(uri);
      await screenshot(page, "account-totp-enrolment");
      expect(await axeViolations(page, "/mon-compte (TOTP enrolment)")).toEqual([]);
      let used = await codeAfter(totp, stepNow(totp) - 1);
      await submitCode(page, "Activer la double authentification", used.code, "Activer");
      await section.getByRole("status").filter({ hasText: "La double authentification est activée" }).waitFor();
      expect(await section.getByTestId("totp-state").textContent()).toContain("Activée");

      // The next login asks for a code; a wrong one is refused in French.
      await page.getByRole("button", { name: "Se déconnecter" }).first().click();
      await page.waitForURL((url) => url.pathname === "/connexion" || url.pathname === "/");
      await logIn(page, ACCOUNT, demoPassword);
      await page.getByRole("heading", { name: "Double authentification" }).waitFor();
      await submitCode(page, "Code de vérification", wrongCode(totp), "Valider");
      await page.getByText("Code incorrect", { exact: false }).first().waitFor();
      await screenshot(page, "login-totp-wrong-code");
      expect(await axeViolations(page, "/connexion (TOTP step)")).toEqual([]);
      used = await codeAfter(totp, used.step);
      await submitCode(page, "Code de vérification", used.code, "Valider");
      await page.getByTestId("user-name").first().waitFor();
      expect(new URL(page.url()).pathname).not.toBe("/connexion");

      // Turned off with a current code.
      await page.goto("/mon-compte");
      await section.getByRole("button", { name: "Désactiver" }).click();
      used = await codeAfter(totp, used.step);
      await submitCode(page, "Désactiver la double authentification", used.code, "Désactiver");
      await section.getByRole("status").filter({ hasText: "désactivée" }).waitFor();
      expect(await section.getByTestId("totp-state").textContent()).toContain("Non activée");
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
