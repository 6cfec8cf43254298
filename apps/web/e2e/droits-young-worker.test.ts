import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { browserAvailable, launchBrowser } from "./browser.ts";
import { runScenario, type Scenario } from "./droits-flow.ts";

// Mes droits, a young worker on a low wage, in a furnished flat: the results in at most 20 questions and under 3 minutes, with /calculate's amounts.

const scenario: Scenario = {
  name: "young-worker",
  couple: false,
  children: 0,
  birthDates: ["2003-02-14"],
  answers: {
    salaire_net: 1250,
    chomage_net: 0,
    retraite_nette: 0,
    pensions_alimentaires_percues: 0,
    handicap: false,
    taux_incapacite: 0,
    statut_occupation_logement: "locataire_meuble",
    loyer: 480,
    depcom: "13201",
    statut_marital: "celibataire",
    activite: "actif",
  },
  eligible: ["ppa", "aide_logement"],
};

describe.skipIf(!browserAvailable)("Mes droits: a young worker on a low wage, in a furnished flat", () => {
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
