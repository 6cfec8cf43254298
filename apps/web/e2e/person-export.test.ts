import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { axeViolations, browserAvailable, launchBrowser, screenshot } from "./browser.ts";
import { COORDINATOR, MARAUDE, OPERATOR, openPerson, registerSharedPerson, signedInTabs } from "./by-name-list.ts";

// A person's data export (RGPD art. 15) from the person's record: the SIAO coordination (or
// the organisation that registered the person) downloads the PDF; a partner that only shares
// the record has no such button.

const alias = `Fictif Exporté ${Date.now().toString(36).slice(-5)}`;

describe.skipIf(!browserAvailable)("a person's data export", () => {
  let browser: Browser;
  const { tabFor, closeAll } = signedInTabs(() => browser);

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await closeAll();
    await browser?.close();
  });

  test("the coordination downloads the PDF; the 115, which shares the record, has no button", { timeout: 120_000 }, async () => {
    const personId = await registerSharedPerson((await tabFor(MARAUDE)).page, alias);

    const operator = await tabFor(OPERATOR);
    await openPerson(operator.page, alias);
    expect(await operator.page.getByRole("heading", { name: "Exporter les données (RGPD)" }).count()).toBe(0);

    const coordinator = await tabFor(COORDINATOR);
    const c = coordinator.page;
    await openPerson(c, alias);
    const section = c.getByRole("region", { name: "Exporter les données (RGPD)" });
    await section.waitFor();
    const [download] = await Promise.all([
      c.waitForEvent("download"),
      section.getByRole("button", { name: "Exporter les données (RGPD) en PDF" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`zero-export-${personId}.pdf`);
    const file = readFileSync((await download.path())!);
    expect(file.subarray(0, 9).toString("latin1")).toBe("%PDF-1.4\n");
    expect(file.toString("latin1")).toContain("Vos donn\\351es dans Z\\351ro");
    await screenshot(c, "urgence-person-export");
    expect(await axeViolations(c, "person export")).toEqual([]);
    expect(operator.pageErrors).toEqual([]);
    expect(coordinator.pageErrors).toEqual([]);
  });
});
