import type { Browser, Page } from "playwright-core";
import { expect } from "vitest";
import { demoPassword, logIn, openTab, type Tab } from "./browser.ts";

// Steps the by-name list's browser tests share: a signed-in tab per demo account, a person
// registered by the maraude and shared with the network, the person's record opened from
// the 115's search.

export const MARAUDE = "maraude@phare-marseille.example";
export const OPERATOR = "115@siao13.example";
export const COORDINATOR = "coordination@siao13.example";

/** Opens tabs signed in as demo accounts, remembering them for `closeAll`. */
export function signedInTabs(browser: () => Browser) {
  const tabs: Tab[] = [];
  return {
    async tabFor(email: string): Promise<Tab> {
      const tab = await openTab(browser());
      tabs.push(tab);
      await logIn(tab.page, email, demoPassword);
      await tab.page.getByTestId("user-name").first().waitFor();
      return tab;
    },
    async closeAll(): Promise<void> {
      for (const tab of tabs) await tab.context.close();
    },
  };
}

/** The maraude of the tab registers a person shared with its whole network (through the API, as its app does). */
export async function registerSharedPerson(page: Page, alias: string): Promise<string> {
  const me = (await (await page.request.get("/api/me")).json()) as { csrfToken: string; memberships: { organisationId: string }[] };
  const networks = (await (await page.request.get("/api/urgence/networks")).json()) as { networks: { siaoOrganisationId: string }[] };
  const created = await page.request.post("/api/urgence/people", {
    headers: { "x-csrf-token": me.csrfToken },
    data: {
      organisationId: me.memberships[0]!.organisationId,
      alias,
      consent: { purposes: ["orientation"], audiences: [{ type: "network", id: networks.networks[0]!.siaoOrganisationId }] },
      purpose: "maraude : inscription de la personne rencontrée",
    },
  });
  expect(created.status()).toBe(201);
  return ((await created.json()) as { id: string }).id;
}

/** Finds the person by alias on the 115's page and opens the record. */
export async function openPerson(page: Page, alias: string): Promise<void> {
  await page.goto("/urgence-sociale/accueil-115");
  await page.getByLabel(/^Nom, prénom ou alias/).fill(alias);
  await page.keyboard.press("Enter");
  await page.getByRole("status").filter({ hasText: "1 personne trouvée." }).waitFor();
  await page.getByRole("button", { name: `Ouvrir : ${alias}` }).click();
  await page.getByRole("heading", { level: 2, name: alias }).waitFor();
}
