import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { axeViolations, browserAvailable, launchBrowser, screenshot } from "./browser.ts";
import { COORDINATOR, MARAUDE, OPERATOR, openPerson, registerSharedPerson, signedInTabs } from "./by-name-list.ts";

// A person's record is renamed or marked deceased by the organisation that registered the
// person, or by the SIAO coordination (ADR 0018): the 115 operator, who only shares the
// record, proposes a death; the coordinator reads the proposal and accepts it.

const alias = `Fictif Proposé ${Date.now().toString(36).slice(-5)}`;

describe.skipIf(!browserAvailable)("changes to a person's record", () => {
  let browser: Browser;
  const { tabFor, closeAll } = signedInTabs(() => browser);

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await closeAll();
    await browser?.close();
  });

  test("the 115 proposes a death, the coordination accepts it", { timeout: 120_000 }, async () => {
    // The maraude registers the person, shared with the network.
    await registerSharedPerson((await tabFor(MARAUDE)).page, alias);

    const operator = await tabFor(OPERATOR);
    const o = operator.page;
    await openPerson(o, alias);
    const form = o.getByRole("form", { name: "Proposer une modification de la fiche" });
    await form.getByText("Un décès", { exact: true }).click();
    await form.getByLabel("Motif").fill("décès signalé par l'équipe de nuit");
    await form.getByRole("button", { name: "Envoyer la proposition" }).click();
    await o.getByRole("status").filter({ hasText: "Proposition envoyée (un décès)" }).first().waitFor();
    await screenshot(o, "urgence-record-change-proposed");
    expect(await axeViolations(o, "proposal form")).toEqual([]);

    const coordinator = await tabFor(COORDINATOR);
    const c = coordinator.page;
    await openPerson(c, alias);
    const proposals = c.getByRole("region", { name: "Modifications proposées (1)" });
    await proposals.waitFor();
    expect(await proposals.innerText()).toContain("signale un décès");
    await proposals.getByLabel("Motif de votre décision").fill("confirmé avec la maraude");
    await proposals.getByRole("button", { name: "Accepter" }).click();
    await c.locator(".zero-facts").filter({ hasText: "Décédée" }).waitFor();
    await screenshot(c, "urgence-record-change-accepted");
    expect(await axeViolations(c, "proposal decided")).toEqual([]);
    expect(operator.pageErrors).toEqual([]);
    expect(coordinator.pageErrors).toEqual([]);
  });
});
