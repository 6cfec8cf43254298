import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { axeViolations, browserAvailable, launchBrowser, openTab, screenshot } from "./browser.ts";

// The neutral theme (no State branding) through its runtime switch: the page is served
// with <meta name="zero-theme" content="neutral">, as an operator would set it in dist/.

async function serveNeutralTheme(context: BrowserContext): Promise<void> {
  await context.route(
    (url) => !url.pathname.startsWith("/api/") && !/\.[a-z0-9]+$/i.test(url.pathname),
    async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace('<meta name="zero-theme" content="" />', '<meta name="zero-theme" content="neutral" />');
      if (!body.includes('content="neutral"')) throw new Error("index.html has no zero-theme meta to switch");
      await route.fulfill({ response, body });
    },
  );
}

describe.skipIf(!browserAvailable)("themes", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test("the neutral theme shows no Marianne, no « République française », no State typeface", async () => {
    const { context, page, pageErrors } = await openTab(browser);
    try {
      await serveNeutralTheme(context);
      await page.goto("/");
      await page.getByRole("heading", { level: 1, name: "Lab Zéro" }).waitFor();
      expect(await page.evaluate(() => document.documentElement.dataset["zeroTheme"])).toBe("neutral");
      expect(await page.locator(".fr-logo").filter({ visible: true }).count()).toBe(0);
      expect(
        await page
          .getByText(/République/i)
          .filter({ visible: true })
          .count(),
      ).toBe(0);
      expect(await page.locator('a[href*="gouv.fr"]').count()).toBe(0);
      expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toContain("Marianne");
      expect(await page.locator('link[rel="icon"]').getAttribute("href")).toBe("/favicon.svg");
      await screenshot(page, "home-neutral");
      expect(await axeViolations(page, "/ (neutral theme)")).toEqual([]);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("the State theme is the default, and the home page holds on a phone screen", async () => {
    const { context, page, pageErrors } = await openTab(browser);
    try {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto("/");
      await page.getByRole("heading", { level: 1, name: "Lab Zéro" }).waitFor();
      expect(await page.evaluate(() => document.documentElement.dataset["zeroTheme"])).toBe("dsfr");
      await page.locator(".fr-header .fr-logo").filter({ visible: true }).first().waitFor();
      // On a small screen the navigation folds into the "Menu" button.
      await page.getByRole("button", { name: "Menu" }).first().waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(page, "home-phone");
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
