import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { browserAvailable, launchBrowser, openTab } from "./browser.ts";

// The other half of proconnect.test.ts: on a server without PROCONNECT_* (the suite's shared
// server, global-setup.ts), the login page offers the password alone: no ProConnect button, no
// « ou » before the form.

describe.skipIf(!browserAvailable)("the login page without ProConnect", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test("shows no ProConnect button when the server does not offer it", async () => {
    const { context, page, pageErrors } = await openTab(browser);
    try {
      const methods = page.waitForResponse((response) => new URL(response.url()).pathname === "/api/auth/methods");
      await page.goto("/connexion");
      const answer = await methods;
      expect(answer.status()).toBe(200);
      expect(await answer.json()).toEqual({ password: true, proconnect: false });

      await page.getByRole("button", { name: "Se connecter" }).waitFor();
      // One frame after the answer: the page has rendered what it decided from it.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
      expect(await page.getByRole("link", { name: /ProConnect/ }).count()).toBe(0);
      expect(await page.getByRole("heading", { name: /ProConnect/ }).count()).toBe(0);
      expect(await page.locator(".fr-hr-or").count()).toBe(0);
      await page.getByLabel("Adresse électronique").waitFor();
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
