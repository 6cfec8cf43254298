import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { browserAvailable, launchBrowser } from "./browser.ts";
import { runScenario, type Scenario } from "./droits-flow.ts";

// Mes droits, a couple with two children, one wage, in an HLM: the results in at most 20 questions and under 3 minutes, with /calculate's amounts.

const scenario: Scenario = {
  name: "couple-two-children",
  couple: true,
  children: 2,
  birthDates: ["1987-03-02", "1989-09-15", "2015-05-10", "2019-11-20"],
  answers: {
    salaire_net: { personne_1: 1800, personne_2: 0 },
    chomage_net: 0,
    retraite_nette: 0,
    pensions_alimentaires_percues: 0,
    handicap: false,
    taux_incapacite: 0,
    statut_occupation_logement: "locataire_hlm",
    loyer: 650,
    depcom: "13213",
    statut_marital: "marie",
    activite: { personne_1: "actif", personne_2: "inactif" },
  },
  eligible: ["ppa", "af", "aide_logement", "css_participation_forfaitaire"],
};

describe.skipIf(!browserAvailable)("Mes droits: a couple with two children, one wage, in an HLM", () => {
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
