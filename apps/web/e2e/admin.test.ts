import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { axeViolations, browserAvailable, demoPassword, launchBrowser, logIn, openTab, screenshot } from "./browser.ts";

// The administration page: members (admins, coordinators) and the audit log (admins).

const horizon = "Association Horizon Solidaire (fictive)";
const membersTable = (page: Page) => page.getByRole("table", { name: `Membres de ${horizon}` });
const auditTable = (page: Page) => page.getByRole("table", { name: "Entrées du journal d'audit, les plus récentes d'abord" });
const auditRows = (page: Page) => auditTable(page).locator("tbody tr");
const auditStatus = (page: Page) => page.getByRole("status").filter({ hasText: /entrée|journal/ });

const administrationLink = (page: Page) => page.getByRole("link", { name: "Administration" });

async function fillNewMember(page: Page, email: string) {
  await page.getByLabel("Nom affiché").fill("Marc Dupuis");
  await page.getByLabel("Adresse électronique").fill(email);
  await page.getByRole("combobox", { name: /^Rôle/ }).selectOption({ label: "Agent·e" });
  await page.getByLabel("Mot de passe provisoire").fill("un-mot-de-passe-provisoire");
  await page.getByLabel("Motif").fill("Arrivée d'un nouveau salarié (test e2e)");
}

describe.skipIf(!browserAvailable)("administration", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test("an admin lists the members, adds one with a motif, reads and exports the audit log", async () => {
    const { context, page, pageErrors } = await openTab(browser);
    try {
      await logIn(page, "admin@horizon-asso.example", demoPassword);
      await page.waitForURL((url) => url.pathname === "/");
      await administrationLink(page).first().click();
      await page.waitForURL((url) => url.pathname === "/administration");
      await expect.poll(() => page.title()).toBe("Administration — Lab Zéro");
      await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Administration");

      // The two demo members of Horizon, roles in French.
      await membersTable(page).waitFor();
      await expect.poll(() => membersTable(page).locator("tbody tr").count()).toBe(2);
      const members = await membersTable(page).locator("tbody tr").allInnerTexts();
      expect(members.join("\n")).toContain("Sabrina Cohen");
      expect(members.join("\n")).toContain("Administrateur·rice");
      expect(members.join("\n")).toContain("Inès Moreau");
      expect(members.join("\n")).toContain("Ambassadeur·rice");
      await auditTable(page).waitFor();
      await screenshot(page, "admin-page");
      expect(await axeViolations(page, "/administration")).toEqual([]);

      // An empty form: the API's VALIDATION_FAILED details become French messages under each field.
      await page.getByRole("button", { name: "Ajouter le membre" }).click();
      const fieldErrors = page.locator(".fr-message--error, .fr-error-text");
      await expect
        .poll(() => fieldErrors.allInnerTexts())
        .toEqual([
          "Ce champ est obligatoire.",
          "Saisissez une adresse électronique valide, par exemple nom@domaine.fr.",
          "Choisissez un rôle.",
          "Trop court : 12 caractères minimum.",
          "Trop court : 3 caractères minimum.",
        ]);
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe("displayName");
      await screenshot(page, "admin-add-member-errors");
      expect(await axeViolations(page, "/administration (form errors)")).toEqual([]);

      await fillNewMember(page, "marc.dupuis@horizon-asso.example");
      const [created] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith("/members") && r.request().method() === "POST"),
        page.getByRole("button", { name: "Ajouter le membre" }).click(),
      ]);
      expect(created.status()).toBe(201);
      const success = page.getByRole("status").filter({ hasText: "a été ajouté·e" });
      await success.waitFor();
      expect(await success.textContent()).toContain("Marc Dupuis (marc.dupuis@horizon-asso.example) a été ajouté·e comme Agent·e");
      await expect.poll(() => membersTable(page).locator("tbody tr").count()).toBe(3);
      await screenshot(page, "admin-member-added");
      expect(await membersTable(page).innerText()).toContain("marc.dupuis@horizon-asso.example");

      // The same address again: EMAIL_TAKEN, under the email field.
      await fillNewMember(page, "marc.dupuis@horizon-asso.example");
      await page.getByRole("button", { name: "Ajouter le membre" }).click();
      await page.getByText("Un compte existe déjà avec cette adresse électronique.").waitFor();
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe("email");

      // The audit log shows the creation (with its motif) and the readings of the list.
      await expect
        .poll(async () => (await auditRows(page).allInnerTexts()).join("\n"))
        .toContain("Arrivée d'un nouveau salarié (test e2e)");
      const log = (await auditRows(page).allInnerTexts()).join("\n");
      expect(log).toContain("Création");
      expect(log).toContain("Création\tMembre\t");
      expect(log).toContain("Consultation");
      expect(log).toContain("consultation des membres de l'organisation");
      expect(log).toContain("Connexion");
      expect(log).toContain("(vous)");
      const firstTime = await auditRows(page).first().locator("time").textContent();
      expect(firstTime).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/);
      await screenshot(page, "admin-after-add");

      // Filter by resource type: only the member's creation is left.
      await page.getByLabel("Type de ressource").selectOption({ label: "Membre" });
      await page.getByRole("button", { name: "Filtrer" }).click();
      await expect.poll(() => auditRows(page).count()).toBe(1);
      expect(await auditRows(page).first().innerText()).toContain("Création");
      const today = await page.evaluate(() => new Date().toLocaleDateString("sv-SE"));
      await page.getByRole("textbox", { name: /^Du / }).fill(today);
      await page.getByRole("textbox", { name: /^Au / }).fill(today);
      await page.getByRole("button", { name: "Filtrer" }).click();
      await expect.poll(() => auditStatus(page).textContent()).toBe("1 entrée affichée.");

      // The CSV export carries the same filters and downloads a file.
      const exportLink = page.getByRole("link", { name: "Exporter en CSV" });
      const href = (await exportLink.getAttribute("href")) ?? "";
      expect(href).toContain("resourceType=membership");
      expect(href).toContain("from=");
      const [download] = await Promise.all([page.waitForEvent("download"), exportLink.click()]);
      expect(download.suggestedFilename()).toBe("journal-audit.csv");
      const csv = readFileSync(await download.path(), "utf8");
      expect(csv.split("\r\n")[0]).toBe(
        "id,at,actor_user_id,actor_organisation_id,action,resource_type,resource_id,organisation_id,purpose,outcome",
      );
      expect(csv).toContain("Arrivée d'un nouveau salarié (test e2e)");
      expect(csv.trim().split("\r\n")).toHaveLength(2);

      await page.getByRole("button", { name: "Effacer" }).click();
      await expect.poll(() => auditStatus(page).textContent()).not.toBe("1 entrée affichée.");
      expect(await axeViolations(page, "/administration (after adding a member)")).toEqual([]);

      // On a phone, the page does not scroll sideways (the tables scroll inside themselves).
      await page.setViewportSize({ width: 390, height: 844 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await screenshot(page, "admin-phone");
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("an admin pages through a long audit log with « Voir plus »", async () => {
    const { context, page, pageErrors } = await openTab(browser);
    try {
      await logIn(page, "admin@horizon-asso.example", demoPassword);
      await page.waitForURL((url) => url.pathname === "/");
      const me = (await (await page.request.get("/api/me")).json()) as { memberships: { organisationId: string }[] };
      const organisationId = me.memberships[0]?.organisationId ?? "";
      // Each reading of the members is audited: enough of them to fill more than one page.
      for (let i = 0; i < 55; i += 1) {
        expect((await page.request.get(`/api/organisations/${organisationId}/members`)).status()).toBe(200);
      }
      await page.goto("/administration");
      await expect.poll(() => auditRows(page).count()).toBe(50);
      await expect.poll(() => auditStatus(page).textContent()).toBe("50 entrées affichées ; d'autres, plus anciennes, suivent.");
      await page.getByRole("button", { name: "Voir plus" }).click();
      await expect.poll(() => auditRows(page).count()).toBeGreaterThan(55);
      // Newest first, without a gap or a repeat between the two pages.
      const times = await auditRows(page)
        .locator("time")
        .evaluateAll((nodes) => nodes.map((node) => node.getAttribute("datetime")));
      expect([...times].sort().reverse()).toEqual(times);
      expect(await page.getByRole("button", { name: "Voir plus" }).count()).toBe(0);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("a coordinator sees the members but neither the form nor the audit log", async () => {
    const { context, page, pageErrors } = await openTab(browser);
    try {
      await logIn(page, "coordination@siao13.example", demoPassword);
      await page.waitForURL((url) => url.pathname === "/");
      await administrationLink(page).first().click();
      await page.getByRole("table", { name: /^Membres de SIAO 13/ }).waitFor();
      expect(await page.getByRole("heading", { name: "Ajouter un membre" }).count()).toBe(0);
      expect(await page.getByRole("heading", { name: "Journal d'audit" }).count()).toBe(0);
      await page.getByText("L'ajout d'un membre et le journal d'audit sont réservés aux administrateur·rices").waitFor();
      await screenshot(page, "admin-coordinator");
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("an ambassador is not offered the page and gets a French refusal at its address", async () => {
    const { context, page, pageErrors } = await openTab(browser);
    try {
      const adminCalls: string[] = [];
      page.on("request", (request) => {
        if (/\/api\/(organisations|audit)/.test(request.url())) adminCalls.push(request.url());
      });
      await logIn(page, "ambassadrice@horizon-asso.example", demoPassword);
      await page.waitForURL((url) => url.pathname === "/");
      await page.getByTestId("user-name").first().waitFor();
      expect(await administrationLink(page).count()).toBe(0);

      await page.goto("/administration");
      await page.getByRole("heading", { level: 2, name: "Accès réservé" }).waitFor();
      expect(await page.getByText("L'administration est réservée aux administrateur·rices").textContent()).toContain(
        "Votre rôle ne vous y donne pas accès.",
      );
      expect(await page.getByRole("table").count()).toBe(0);
      expect(adminCalls).toEqual([]);
      await screenshot(page, "admin-refused");
      expect(await axeViolations(page, "/administration (refused)")).toEqual([]);
      expect(pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("a logged-out visitor is sent to the login page", async () => {
    const { context, page } = await openTab(browser);
    try {
      await page.goto("/administration");
      await page.waitForURL((url) => url.pathname === "/connexion");
    } finally {
      await context.close();
    }
  });
});
