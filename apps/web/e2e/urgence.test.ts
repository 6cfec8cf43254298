import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { axeViolations, baseUrl, browserAvailable, demoPassword, launchBrowser, logIn, openTab, screenshot, type Tab } from "./browser.ts";

// Urgence sociale, end to end on the demo seed (fictional Marseille): a maraude meets a new
// person (with consent), the 115 opens a shelter request, a structure declares a place,
// the night's orientation proposes it with its reason, the operator confirms, the
// structure records the arrival, and the dashboard counts the person. Axe runs on every
// screen; the map renders without any request leaving the server.

const MARAUDE = "maraude@phare-marseille.example";
const OPERATOR = "115@siao13.example";
const STAFF = "accueil@toits-du-midi.example";
const VIEWER = "observatoire@lab-zero.example";
const STRUCTURE = "Pension de famille La Belle de Mai (fictive)";
const PLACE_LINE = "Femmes, 1 lit, accessible (mobilité réduite)";
const GARE_SAINT_CHARLES = { latitude: 43.3027, longitude: 5.3806 };

// A name no demo person has, so that searches find exactly this person.
const suffix = Date.now().toString(36).slice(-5);
const alias = `Zoé des Marches ${suffix}`;
const firstName = "Zoé";
const label = `${firstName} « ${alias} »`;

type MonthFigures = { inflowNewlyIdentified: number; activelyHomeless: number; arrivals: number };
type DashboardBody = { networkId: string; rows: ({ month: string; cohort: string } & MonthFigures)[] };

async function currentMonthAll(page: Page): Promise<MonthFigures> {
  const networks = (await (await page.request.get("/api/urgence/networks")).json()) as { networks: { siaoOrganisationId: string }[] };
  const response = await page.request.get(`/api/urgence/dashboard?networkId=${networks.networks[0]!.siaoOrganisationId}`);
  expect(response.status()).toBe(200);
  const body = (await response.json()) as DashboardBody;
  const row = body.rows.filter((r) => r.cohort === "all").at(-1)!;
  return { inflowNewlyIdentified: row.inflowNewlyIdentified, activelyHomeless: row.activelyHomeless, arrivals: row.arrivals };
}

async function openScreen(page: Page, name: string, path: string) {
  await page.getByRole("navigation", { name: "Urgence sociale" }).getByRole("link", { name, exact: true }).click();
  await page.waitForURL((url) => url.pathname === path);
  await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(name);
}

async function subNavigation(page: Page): Promise<string[]> {
  const nav = page.getByRole("navigation", { name: "Urgence sociale" });
  await nav.waitFor();
  return (await nav.getByRole("link").allInnerTexts()).map((text) => text.trim());
}

describe.skipIf(!browserAvailable)("urgence sociale", () => {
  let browser: Browser;
  const tabs: Tab[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const tab of tabs) await tab.context.close();
    await browser?.close();
  });

  async function tabFor(email: string): Promise<Tab> {
    const tab = await openTab(browser);
    tabs.push(tab);
    await logIn(tab.page, email, demoPassword);
    await tab.page.getByTestId("user-name").first().waitFor();
    return tab;
  }

  test("from the street to a bed: encounter, request, place, orientation, arrival, dashboard", { timeout: 240_000 }, async () => {
    // 1. The maraude, on a phone, meets a new person who agrees to share her record with the network.
    const maraude = await tabFor(MARAUDE);
    const m = maraude.page;
    const before = await currentMonthAll(m);
    await m.setViewportSize({ width: 390, height: 844 });
    await maraude.context.grantPermissions(["geolocation"], { origin: baseUrl });
    await maraude.context.setGeolocation(GARE_SAINT_CHARLES);
    await m.goto("/urgence-sociale");
    expect(await subNavigation(m)).toEqual(["Maraude", "Carte", "Tableau de bord"]);
    await screenshot(m, "urgence-overview-maraude-390");
    expect(await axeViolations(m, "/urgence-sociale (maraude)")).toEqual([]);
    await openScreen(m, "Maraude", "/urgence-sociale/maraude");

    await m.getByRole("button", { name: "Nouvelle personne" }).click();
    const newPerson = m.getByRole("form", { name: "Inscrire une personne" });
    await newPerson.getByLabel("Alias").fill(alias);
    await newPerson.getByLabel("Prénom").fill(firstName);
    await newPerson.getByLabel("Année de naissance").fill("1987");
    await newPerson.getByLabel("Genre").selectOption("female");
    await newPerson.getByText("Mobilité réduite", { exact: true }).click();
    await newPerson.getByText("La personne accepte que sa fiche soit partagée").click();
    await newPerson.getByText("Tout le réseau SIAO 13 (démo)").waitFor();
    await screenshot(m, "urgence-maraude-new-person-390");
    expect(await axeViolations(m, "/urgence-sociale/maraude (new person)")).toEqual([]);
    await newPerson.getByRole("button", { name: "Inscrire la personne" }).click();
    await m.getByText(label).first().waitFor();
    await m.getByText("consentement recueilli").waitFor();

    const encounter = m.getByRole("form", { name: "Enregistrer une rencontre" });
    await encounter.getByRole("button", { name: "Utiliser ma position actuelle" }).click();
    await encounter.getByText("Position enregistrée : 43.30270, 5.38060.").waitFor();
    await encounter.getByLabel("Secteur").fill("Gare Saint-Charles");
    await encounter.getByLabel("Situation de logement").selectOption("street");
    await encounter.getByText("Hébergement", { exact: true }).click();
    await encounter.getByText("Repas", { exact: true }).click();
    const [created] = await Promise.all([
      m.waitForResponse((r) => r.url().endsWith("/api/urgence/encounters") && r.request().method() === "POST"),
      encounter.getByRole("button", { name: "Enregistrer la rencontre" }).click(),
    ]);
    expect(created.status()).toBe(201);
    const sent = created.request().postDataJSON() as { latitude: number; longitude: number; personId: string; needsExpressed: string[] };
    expect([sent.latitude, sent.longitude]).toEqual([43.3027, 5.3806]);
    expect(sent.needsExpressed).toEqual(["shelter"]);
    await m.getByText(`Rencontre enregistrée avec ${label}.`).waitFor();
    await m.getByRole("list", { name: "Rencontres récentes, la plus récente d'abord" }).getByText("Gare Saint-Charles").first().waitFor();
    // Phone-sized: nothing wider than the screen.
    expect(await m.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(m, "urgence-maraude-390");
    expect(await axeViolations(m, "/urgence-sociale/maraude")).toEqual([]);

    // 2. The 115 operator finds her (shared with the network), keyboard only, and opens a request.
    const operator = await tabFor(OPERATOR);
    const o = operator.page;
    await o.goto("/urgence-sociale");
    expect(await subNavigation(o)).toEqual(["Accueil 115", "Orientation", "Carte", "Tableau de bord"]);
    await openScreen(o, "Accueil 115", "/urgence-sociale/accueil-115");
    expect(await o.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe("q");
    // Without accents or capitals: the server's search ignores them; the birth year (±1) is filtered there too.
    await o.keyboard.type(
      alias
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .toUpperCase(),
    );
    await o.keyboard.press("Tab");
    await o.keyboard.type("1987");
    await o.keyboard.press("Enter");
    await o.getByRole("status").filter({ hasText: "1 personne trouvée." }).waitFor();
    const row = o.getByRole("table", { name: "Personnes trouvées sur la liste nominative" }).locator("tbody tr");
    expect(await row.count()).toBe(1);
    expect(await row.first().innerText()).toContain("partagée avec consentement");
    await o.getByRole("button", { name: `Ouvrir : ${label}` }).focus();
    await o.keyboard.press("Enter");
    await o.getByRole("heading", { level: 2, name: label }).waitFor();
    expect(await o.evaluate(() => document.activeElement?.id)).toBe("fiche");
    await o.getByText(/Donné le .*partagé avec : réseau SIAO 13 \(démo\)/).waitFor();
    const request = o.getByRole("form", { name: "Ouvrir une demande d'hébergement" });
    expect(await request.getByLabel("Mobilité réduite").isChecked()).toBe(true);
    const [opened] = await Promise.all([
      o.waitForResponse((r) => r.url().endsWith("/api/urgence/requests") && r.request().method() === "POST"),
      request.getByRole("button", { name: "Créer la demande" }).click(),
    ]);
    expect(opened.status()).toBe(201);
    const requestId = ((await opened.json()) as { id: string }).id;
    await o.getByText("Demande urgence ouverte pour 1 adulte").waitFor();
    const timeline = o.getByRole("list", { name: "Parcours, le plus récent d'abord" });
    await timeline.getByText("Demande d'hébergement ouverte").waitFor();
    await timeline.getByText("Rencontre en maraude (Gare Saint-Charles)").waitFor();
    await screenshot(o, "urgence-accueil-115");
    expect(await axeViolations(o, "/urgence-sociale/accueil-115")).toEqual([]);

    // 3. The structure declares tonight's free places: two accessible beds for women.
    const staff = await tabFor(STAFF);
    const s = staff.page;
    await s.goto("/urgence-sociale/places");
    await expect.poll(() => s.getByRole("heading", { level: 1 }).textContent()).toBe("Places");
    expect(await subNavigation(s)).toEqual(["Places", "Carte", "Tableau de bord"]);
    const card = s.getByRole("region", { name: STRUCTURE });
    const form = card.getByRole("form", { name: `Places libres ce soir — ${STRUCTURE}` });
    await form.getByLabel(PLACE_LINE).fill("2");
    const [declared] = await Promise.all([
      s.waitForResponse((r) => r.url().includes("/availability") && r.request().method() === "PUT"),
      form.getByRole("button", { name: "Déclarer les places de ce soir" }).click(),
    ]);
    expect(declared.status()).toBe(200);
    await card.getByText(/Places déclarées pour ce soir/).waitFor();
    await card.getByText(/Saturation : \d+ %/).waitFor();
    await screenshot(s, "urgence-places");
    expect(await axeViolations(s, "/urgence-sociale/places")).toEqual([]);

    // 4. The operator runs tonight's orientation: the place is proposed, with its reason; he confirms.
    await openScreen(o, "Orientation", "/urgence-sociale/orientation");
    await o.getByRole("button", { name: "Lancer l'orientation de ce soir" }).click();
    await o.getByText(/Orientation enregistrée pour la nuit du/).waitFor();
    const item = o.locator("li").filter({ has: o.getByRole("heading", { name: label }) });
    await item.waitFor();
    expect(await item.innerText()).toContain(`Proposition : ${STRUCTURE}`);
    expect(await item.innerText()).toContain(PLACE_LINE);
    await item.getByRole("button", { name: "Confirmer" }).click();
    await item.getByText("(proposition confirmée)").waitFor();
    await screenshot(o, "urgence-orientation");
    expect(await axeViolations(o, "/urgence-sociale/orientation")).toEqual([]);

    // 5. The structure sees her coming, records that she accepted, then her arrival.
    await s.reload();
    const arrivals = s.getByRole("region", { name: "Personnes orientées vers vos structures" });
    const expected = arrivals.locator("li").filter({ hasText: label });
    await expected.waitFor();
    await expected.getByRole("button", { name: /^Acceptée par la personne/ }).click();
    await expected.getByText("Acceptée", { exact: true }).waitFor();
    await expected.getByRole("button", { name: /^Arrivée/ }).click();
    await expected.getByText("Arrivée", { exact: true }).waitFor();
    await screenshot(s, "urgence-places-arrival");
    const state = (await (await o.request.get(`/api/urgence/requests/${requestId}`)).json()) as {
      status: string;
      arrivedAt: string | null;
    };
    expect(state.status).toBe("arrived");
    expect(state.arrivedAt).not.toBeNull();

    // 6. The dashboard (viewer: aggregates only, never a name) counts her.
    const viewer = await tabFor(VIEWER);
    const v = viewer.page;
    await v.goto("/urgence-sociale");
    expect(await subNavigation(v)).toEqual(["Carte", "Tableau de bord"]);
    await openScreen(v, "Tableau de bord", "/urgence-sociale/tableau-de-bord");
    // The maraude reads every count; the viewer the same, but from 1 to 4 (secret statistique).
    const after = await currentMonthAll(m);
    expect(after.inflowNewlyIdentified).toBe(before.inflowNewlyIdentified + 1);
    expect(after.activelyHomeless).toBe(before.activelyHomeless + 1);
    expect(after.arrivals).toBe(before.arrivals + 1);
    const shown = (n: number) => (n > 0 && n < 5 ? "moins de 5" : n.toLocaleString("fr-FR"));
    await expect.poll(() => v.getByTestId("kf-new").locator(".zero-figure-value").textContent()).toBe(shown(after.inflowNewlyIdentified));
    await expect.poll(() => v.getByTestId("kf-arrivals").locator(".zero-figure-value").textContent()).toBe(shown(after.arrivals));
    await v.getByTestId("small-counts").waitFor();
    await v.getByRole("table", { name: "Chiffres par mois — Toutes les personnes" }).waitFor();
    expect(await v.locator("svg[role=img]").count()).toBe(4);
    expect(await v.content()).not.toContain(alias);
    const csvHref = await v.getByRole("link", { name: /Exporter en CSV/ }).getAttribute("href");
    const csv = await v.request.get(csvHref!);
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    await screenshot(v, "urgence-tableau-de-bord");
    expect(await axeViolations(v, "/urgence-sociale/tableau-de-bord")).toEqual([]);
    await v.getByLabel("Cohorte").selectOption("families");
    await v.getByRole("table", { name: "Chiffres par mois — Familles" }).waitFor();

    // A viewer reaching a person screen gets the French refusal.
    await v.goto("/urgence-sociale/accueil-115");
    await v.getByRole("heading", { name: "Accès réservé" }).waitFor();
    expect(await axeViolations(v, "/urgence-sociale/accueil-115 (viewer)")).toEqual([]);

    for (const tab of [maraude, operator, staff, viewer]) expect(tab.pageErrors).toEqual([]);
  });

  test("the map renders offline: canvas, list alternative, no request outside the server", { timeout: 120_000 }, async () => {
    const maraude = await tabFor(MARAUDE);
    const page = maraude.page;
    const outside: string[] = [];
    page.on("request", (r) => {
      const url = r.url();
      if (!url.startsWith(baseUrl) && !url.startsWith("data:") && !url.startsWith("blob:")) outside.push(url);
    });
    await page.goto("/urgence-sociale/carte");
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Carte");
    const canvas = page.getByTestId("urgence-map").locator("canvas");
    await canvas.waitFor();
    const box = await canvas.boundingBox();
    expect(box?.width).toBeGreaterThan(300);
    expect(box?.height).toBeGreaterThan(300);
    await page.getByRole("table", { name: /Structures du réseau \(12\)/ }).waitFor();
    await page.getByRole("table", { name: /Secteurs des équipes \(3\)/ }).waitFor();
    const bySector = page.getByRole("table", { name: /Rencontres par secteur/ });
    await bySector.waitFor();
    await bySector.getByText("Gare et Belsunce").first().waitFor();
    await page.waitForTimeout(1500); // let MapLibre draw
    await screenshot(page, "urgence-carte");
    expect(await axeViolations(page, "/urgence-sociale/carte")).toEqual([]);

    // The sector filter asks the server for that sector's encounters only.
    const [filtered] = await Promise.all([
      page.waitForResponse((r) => r.url().includes("/api/urgence/map") && r.url().includes("sectorId=")),
      page.getByRole("combobox", { name: /^Secteur/ }).selectOption({ label: "Gare et Belsunce" }),
    ]);
    expect(filtered.status()).toBe(200);
    const body = (await filtered.json()) as { features: { properties: Record<string, unknown> }[] };
    const points = body.features.filter((f) => f.properties.kind === "encounter");
    expect(points.every((f) => !("personId" in f.properties) && f.properties.organisationId !== undefined)).toBe(true);
    await expect.poll(() => bySector.locator("tbody tr").count()).toBe(1);
    await page.waitForTimeout(1000);
    await screenshot(page, "urgence-carte-secteur");
    expect(await axeViolations(page, "/urgence-sociale/carte (secteur)")).toEqual([]);
    expect(outside).toEqual([]);
    expect(maraude.pageErrors).toEqual([]);
  });
});
