import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { axeViolations, browserAvailable, demoPassword, launchBrowser, logIn, openTab, type Tab } from "./browser.ts";

// axe-core, with its default rules (WCAG A/AA and best practices), finds nothing to fix.

describe.skipIf(!browserAvailable)("accessibility (axe-core)", () => {
  let browser: Browser;
  let tab: Tab;

  beforeAll(async () => {
    browser = await launchBrowser();
    tab = await openTab(browser);
  });

  afterAll(async () => {
    await tab?.context.close();
    await browser?.close();
  });

  test("login page", async () => {
    await tab.page.goto("/connexion");
    await tab.page.getByRole("heading", { level: 1 }).waitFor();
    expect(await axeViolations(tab.page, "/connexion")).toEqual([]);
  });

  test("login page showing an error", async () => {
    await logIn(tab.page, "ambassadrice@horizon-asso.example", "mauvais-mot-de-passe");
    await tab.page.getByRole("alert").waitFor();
    expect(await axeViolations(tab.page, "/connexion (error)")).toEqual([]);
  });

  test("home page, logged out", async () => {
    await tab.page.goto("/");
    await tab.page.getByRole("heading", { level: 1 }).waitFor();
    expect(await axeViolations(tab.page, "/ (logged out)")).toEqual([]);
  });

  test("home page, logged in", async () => {
    await logIn(tab.page, "admin@lab-zero.example", demoPassword);
    await tab.page.getByTestId("user-name").first().waitFor();
    expect(await axeViolations(tab.page, "/ (logged in)")).toEqual([]);
  });

  test("module page", async () => {
    await tab.page.goto("/occupation-temporaire");
    await tab.page.getByText("Module en construction").waitFor();
    expect(await axeViolations(tab.page, "/occupation-temporaire")).toEqual([]);
  });

  test("404 page", async () => {
    await tab.page.goto("/nulle-part");
    await tab.page.getByRole("heading", { level: 1, name: "Page non trouvée" }).waitFor();
    expect(await axeViolations(tab.page, "/nulle-part")).toEqual([]);
  });
});
