import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { browserAvailable, demoPassword, launchBrowser, logIn, openTab, screenshot } from "./browser.ts";

// The shell of the web app through a real browser: login, home, a module page, logout.

describe.skipIf(!browserAvailable)("web shell", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test("a coordinator logs in, sees the home page, opens a module and logs out", async () => {
    const { context, page, pageErrors } = await openTab(browser);
    try {
      await page.goto("/connexion");
      await expect.poll(() => page.title()).toBe("Connexion — Lab Zéro");
      await screenshot(page, "login");

      await logIn(page, "coordination@siao13.example", demoPassword);
      await page.waitForURL((url) => url.pathname === "/");
      const userName = page.getByTestId("user-name").first();
      await userName.waitFor();
      const displayName = (await userName.textContent())?.trim() ?? "";
      expect(displayName.length).toBeGreaterThan(0);

      const me = await page.request.get("/api/me");
      expect(me.status()).toBe(200);
      expect(((await me.json()) as { user: { displayName: string } }).user.displayName).toBe(displayName);

      await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Lab Zéro");
      await page.getByRole("heading", { name: "Sans-abrisme — zéro personne à la rue" }).waitFor();
      await page.getByRole("heading", { name: "Non-recours — zéro droit non réclamé" }).waitFor();
      for (const project of ["Occupation temporaire", "Urgence sociale", "Ambassadeurs des droits", "Automatisation des droits"]) {
        await page.getByRole("heading", { name: project, level: 4 }).waitFor();
      }
      await page.getByRole("heading", { name: "INSPIRER" }).waitFor();
      await page.getByRole("heading", { name: "AGIR" }).waitFor();
      // The DSFR stylesheet and its typeface are really loaded.
      expect(await page.evaluate(() => document.fonts.check('16px "Marianne"'))).toBe(true);
      expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain("Marianne");
      await screenshot(page, "home-logged-in");

      await page.getByRole("navigation", { name: "Menu principal" }).getByRole("link", { name: "Occupation temporaire" }).click();
      await page.waitForURL((url) => url.pathname === "/occupation-temporaire");
      await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Occupation temporaire");
      await page.getByText("Module en construction").waitFor();
      // A client-side navigation moves the focus to the new page's content.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("contenu");
      await screenshot(page, "module-occupation-temporaire");

      const logoutRequest = page.waitForRequest((request) => request.url().endsWith("/api/auth/logout"));
      await page.getByRole("button", { name: "Se déconnecter" }).first().click();
      const csrfHeader = (await logoutRequest).headers()["x-csrf-token"];
      expect(csrfHeader).toBe(((await me.json()) as { csrfToken: string }).csrfToken);
      await page.getByRole("link", { name: "Se connecter" }).first().waitFor();
      expect(await page.getByTestId("user-name").count()).toBe(0);
      const after = await page.request.get("/api/me");
      expect(after.status()).toBe(401);
      expect(((await after.json()) as { error: { code: string } }).error.code).toBe("UNAUTHENTICATED");
      await screenshot(page, "home-logged-out");

      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("a wrong password shows the French error of the API", async () => {
    const { context, page, pageErrors } = await openTab(browser);
    try {
      await logIn(page, "agent@ccas-marseille.example", "pas-le-bon-mot-de-passe");
      const alert = page.getByRole("alert");
      await alert.waitFor();
      expect(await alert.textContent()).toContain("Adresse électronique ou mot de passe incorrect.");
      expect(new URL(page.url()).pathname).toBe("/connexion");
      await screenshot(page, "login-error");
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("a module page sends a logged-out visitor to the login page, then back", async () => {
    const { context, page, pageErrors } = await openTab(browser);
    try {
      await page.goto("/ambassadeurs");
      await page.waitForURL((url) => url.pathname === "/connexion");
      await page.getByLabel("Adresse électronique").fill("lecture@caf13.example");
      await page.getByLabel("Mot de passe", { exact: true }).fill(demoPassword);
      await page.getByRole("button", { name: "Se connecter" }).click();
      await page.waitForURL((url) => url.pathname === "/ambassadeurs");
      await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Ambassadeurs des droits");
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("an unknown address shows the 404 page", async () => {
    const { context, page } = await openTab(browser);
    try {
      await page.goto("/cette-page-n-existe-pas");
      await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Page non trouvée");
      await screenshot(page, "not-found");
    } finally {
      await context.close();
    }
  });
});
