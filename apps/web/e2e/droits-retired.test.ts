import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { browserAvailable, launchBrowser } from "./browser.ts";
import { runScenario, type Scenario } from "./droits-flow.ts";

// Mes droits, a retired widow with a small pension: the results in at most 20 questions and under 3 minutes, with /calculate's amounts.

const scenario: Scenario = {
  name: "retired",
  couple: false,
  children: 0,
  birthDates: ["1950-06-01"],
  answers: {
    salaire_net: 0,
    chomage_net: 0,
    retraite_nette: 850,
    pensions_alimentaires_percues: 0,
    handicap: false,
    taux_incapacite: 0,
    statut_occupation_logement: "locataire_vide",
    loyer: 420,
    depcom: "13205",
    statut_marital: "veuf",
    activite: "retraite",
  },
  eligible: ["aide_logement", "aspa"],
};

describe.skipIf(!browserAvailable)("Mes droits: a retired widow with a small pension", () => {
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
