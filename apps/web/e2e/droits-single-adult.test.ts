import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { browserAvailable, launchBrowser } from "./browser.ts";
import { runScenario, type Scenario } from "./droits-flow.ts";

// Mes droits, a single adult without income, renting in Marseille: the results in at most 20 questions and under 3 minutes, with /calculate's amounts.

const scenario: Scenario = {
  name: "single-adult",
  couple: false,
  children: 0,
  birthDates: ["1988-04-12"],
  answers: {
    // Answered 300 first, then corrected to 0 by going back to the question.
    salaire_net: 300,
    chomage_net: 0,
    retraite_nette: 0,
    pensions_alimentaires_percues: 0,
    handicap: false,
    taux_incapacite: 0,
    statut_occupation_logement: "locataire_vide",
    loyer: 450,
    depcom: "13203",
    statut_marital: "celibataire",
    activite: "chomeur",
  },
  eligible: ["rsa", "aide_logement"],
  goBack: { atStep: 1, variable: "salaire_net", instance: "personne_1", value: 0 },
};

describe.skipIf(!browserAvailable)("Mes droits: a single adult without income, renting in Marseille", () => {
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
