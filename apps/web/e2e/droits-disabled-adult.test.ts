import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { browserAvailable, launchBrowser } from "./browser.ts";
import { runScenario, type Scenario } from "./droits-flow.ts";

// Mes droits, a disabled adult (80 %) without income: the results in at most 20 questions and under 3 minutes, with /calculate's amounts.

const scenario: Scenario = {
  name: "disabled-adult",
  couple: false,
  children: 0,
  birthDates: ["1982-01-20"],
  answers: {
    salaire_net: 0,
    chomage_net: 0,
    retraite_nette: 0,
    pensions_alimentaires_percues: 0,
    handicap: true,
    taux_incapacite: 0.8,
    statut_occupation_logement: "locataire_vide",
    loyer: 400,
    depcom: "13204",
    statut_marital: "celibataire",
    activite: "inactif",
  },
  // The AAH of the quarter is a resource of the RSA (CASF R262-6): no RSA beside a full AAH.
  eligible: ["aide_logement", "aah", "css_participation_forfaitaire"],
};

describe.skipIf(!browserAvailable)("Mes droits: a disabled adult (80 %) without income", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test("from the household to the results, with the amounts of /calculate", async () => {
    const run = await runScenario(browser, scenario);
    expect(run.questions).toBeLessThanOrEqual(20);
    expect(run.seconds).toBeLessThan(180);
  }, 180_000);
});
