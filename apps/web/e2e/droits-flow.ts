import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { expect } from "vitest";
import { axeViolations, baseUrl, openTab, screenshot } from "./browser.ts";

// « Mes droits » driven like a person on a phone: the household, then each question the page
// shows (the engine's, POST /api/droits/next), answered from the scenario by its variable, until
// the results; then the amounts shown are checked against /api/openfisca/calculate on the very
// situation the page sent, and the screenshot goes to docs/screenshots/droits-<name>.png.

const repoRoot = resolve(fileURLToPath(new URL("../../..", import.meta.url)));
const docsScreenshots = join(repoRoot, "docs", "screenshots");

type Value = string | number | boolean;

export interface Scenario {
  name: string;
  couple: boolean;
  /** The person, the spouse if any, then the children (YYYY-MM-DD). */
  birthDates: string[];
  children: number;
  /** The answer to each input, the same for every person, or by person (personne_1, personne_2, enfant_1…). */
  answers: Record<string, Value | Record<string, Value>>;
  /** Benefits the household must be shown as probably entitled to, and no other. */
  eligible: string[];
  /** Go back once, check the answer is still there, and change it. */
  goBack?: { atStep: number; variable: string; instance: string; value: Value };
}

export interface ScenarioRun {
  /** Questions read: the household's three, then one per step (an input, for every person it concerns). */
  questions: number;
  /** Fields filled or choices made, household included. */
  fields: number;
  steps: string[];
  seconds: number;
  amounts: Record<string, number>;
}

type NextBody = { period: string; situation: Record<string, Record<string, Record<string, unknown>>> };
type NextAnswer = { questions: unknown[]; results: { variable: string; entity: string; id: string; amount: number; status: string }[] };

function answerFor(scenario: Scenario, variable: string, instance: string): Value {
  const answer = scenario.answers[variable];
  if (answer === undefined) throw new Error(`${scenario.name}: no answer for ${variable} (${instance})`);
  if (typeof answer === "object") {
    const own = answer[instance];
    if (own === undefined) throw new Error(`${scenario.name}: no answer for ${variable} of ${instance}`);
    return own;
  }
  return answer;
}

/** Answers the step on screen; returns how many fields it filled. */
async function answerStep(
  page: Page,
  scenario: Scenario,
  variable: string,
  override?: { instance: string; value: Value },
): Promise<number> {
  const form = page.locator("form[data-question]");
  const inputs = form.locator("input[data-instance]");
  const instances = [...new Set(await inputs.evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-instance")!)))];
  for (const instance of instances) {
    const value = override?.instance === instance ? override.value : answerFor(scenario, variable, instance);
    const first = inputs.and(page.locator(`[data-instance="${instance}"]`)).first();
    const type = await first.getAttribute("type");
    // Choices are made on their labels, as a person taps them (the DSFR draws the box over the input).
    if (type === "checkbox") {
      if ((await first.isChecked()) !== (value === true)) await form.locator(`label[for="${await first.getAttribute("id")}"]`).click();
    } else if (type === "radio") {
      const id = await form.locator(`input[data-instance="${instance}"][value="${String(value)}"]`).getAttribute("id");
      await form.locator(`label[for="${id}"]`).click();
    } else {
      await first.fill(typeof value === "number" ? String(value).replace(".", ",") : String(value));
    }
  }
  return instances.length;
}

const amountOf = (text: string) => Number(text.replace(/[^\d,-]/g, "").replace(",", "."));

export async function runScenario(browser: Browser, scenario: Scenario): Promise<ScenarioRun> {
  const tab = await openTab(browser);
  const { page } = tab;
  await page.setViewportSize({ width: 390, height: 844 }); // phone first
  const requests: { method: string; url: string }[] = [];
  let lastNext: { body: NextBody; answer: NextAnswer } | undefined;
  page.on("request", (r) => requests.push({ method: r.method(), url: r.url() }));
  page.on("response", async (response) => {
    if (!response.url().endsWith("/api/droits/next") || !response.ok()) return;
    const body = response.request().postDataJSON() as NextBody;
    lastNext = { body, answer: (await response.json()) as NextAnswer };
  });

  try {
    const start = Date.now();
    await page.goto("/droits");
    await page.getByRole("heading", { level: 2, name: "Qui vit dans votre logement ?" }).waitFor();
    if (scenario.name === "single-adult") expect(await axeViolations(page, "/droits (foyer)")).toEqual([]);

    // The household: three questions (couple, children, birth dates).
    await page
      .getByRole("group", { name: /Vivez-vous en couple/ })
      .getByText(scenario.couple ? "Oui" : "Non", { exact: true })
      .click();
    await page.getByLabel(/Combien d'enfants/).selectOption(String(scenario.children));
    const dateFields = page.locator('input[type="date"][id^="naissance-"]');
    expect(await dateFields.count()).toBe(scenario.birthDates.length);
    for (const [i, date] of scenario.birthDates.entries()) await dateFields.nth(i).fill(date);
    let fields = 2 + scenario.birthDates.length;
    await page.getByRole("button", { name: "Continuer" }).click();

    const steps: string[] = [];
    for (let guard = 0; guard < 40; guard += 1) {
      const form = page.locator(`form[data-step="${steps.length + 1}"]`);
      const results = page.getByTestId("resultats");
      await form.or(results).first().waitFor();
      if (await results.isVisible()) break;
      const variable = (await form.getAttribute("data-question"))!;
      // The focus is on the new question, for screen readers.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("question-titre");
      if (steps.length === 0) await screenshot(page, `droits-${scenario.name}-question`);
      if (steps.length === 0 && scenario.name === "single-adult") expect(await axeViolations(page, "/droits (question)")).toEqual([]);
      fields += await answerStep(page, scenario, variable);
      steps.push(variable);
      await form.getByRole("button", { name: "Continuer" }).click();

      if (scenario.goBack && steps.length === scenario.goBack.atStep) {
        // Back to the previous question: its answer is there; change it, and go on from it.
        await page
          .locator(`form[data-step="${steps.length + 1}"]`)
          .or(page.getByTestId("resultats"))
          .first()
          .waitFor();
        await page.getByRole("button", { name: "Question précédente" }).click();
        const again = page.locator(`form[data-step="${steps.length}"][data-question="${scenario.goBack.variable}"]`);
        await again.waitFor();
        const field = again.locator(`input[data-instance="${scenario.goBack.instance}"]`).first();
        expect(await field.inputValue()).toBe(
          String(answerFor(scenario, scenario.goBack.variable, scenario.goBack.instance)).replace(".", ","),
        );
        fields += await answerStep(page, scenario, scenario.goBack.variable, scenario.goBack);
        scenario.answers[scenario.goBack.variable] = scenario.goBack.value; // the answer now
        await again.getByRole("button", { name: "Continuer" }).click();
      }
    }
    const results = page.getByTestId("resultats");
    await results.waitFor();
    const seconds = (Date.now() - start) / 1000;
    await page.getByText("Toutes les explications sont prêtes.").waitFor({ timeout: 60_000 });

    // Every benefit of the engine is shown, with its amount and its explanation.
    expect(lastNext, "the page asked /api/droits/next").toBeDefined();
    const { body, answer } = lastNext!;
    expect(answer.questions).toEqual([]);
    const amounts: Record<string, number> = {};
    for (const r of answer.results) {
      const card = page.locator(`article[data-benefit="${r.variable}"]`);
      await expect.poll(() => card.count()).toBe(1);
      expect(r.status).not.toBe("unknown");
      const text = await card.getByTestId("montant").innerText();
      amounts[r.variable] = r.status === "eligible" ? amountOf(text) : 0;
      expect(await card.getByTestId("resume").innerText(), `${r.variable}: its explanation`).toMatch(/droit|participation/i);
    }
    expect(
      answer.results.filter((r) => r.status === "eligible").map((r) => r.variable),
      "benefits shown as probable",
    ).toEqual(scenario.eligible);

    // The amounts are /calculate's on the same full situation (the one the page sent last).
    const situation = structuredClone(body.situation);
    for (const r of answer.results) situation[r.entity]![r.id]![r.variable] = { [body.period]: null };
    const calculated = await fetch(`${baseUrl}/api/openfisca/calculate`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(situation),
    });
    expect(calculated.status).toBe(200);
    const computed = (await calculated.json()) as Record<string, Record<string, Record<string, Record<string, number>>>>;
    for (const r of answer.results) {
      const value = computed[r.entity]![r.id]![r.variable]![body.period]!;
      expect(amounts[r.variable], `${scenario.name}: ${r.variable}`).toBeCloseTo(r.status === "eligible" ? value : 0, 2);
      if (r.status !== "eligible") expect(value, `${scenario.name}: ${r.variable} is 0 when not eligible`).toBe(0);
    }

    // The answers stayed in the browser: only computation requests left it, nothing in localStorage.
    const origin = new URL(baseUrl).origin;
    for (const r of requests) {
      expect(new URL(r.url).origin, r.url).toBe(origin);
      const path = new URL(r.url).pathname;
      if (path.startsWith("/api/")) expect(`${r.method} ${path}`).toMatch(/^(POST \/api\/droits\/(next|explain)|GET \/api\/me)$/);
    }
    // (The DSFR keeps its colour scheme there; none of the answers.)
    const stored = await page.evaluate(() => JSON.stringify(Object.entries(window.localStorage)));
    for (const date of scenario.birthDates) expect(stored).not.toContain(date);
    expect(stored).not.toContain("household");
    expect(await page.evaluate(() => window.sessionStorage.getItem("zero.mes-droits"))).toContain('"household"');
    expect(tab.pageErrors).toEqual([]);

    if (scenario.name === "single-adult") expect(await axeViolations(page, "/droits (résultats)")).toEqual([]);

    // The printed summary: no header, every detail open, the answers listed.
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".fr-header").isVisible()).toBe(false);
    // (Visible once the accordions' styles of print apply: polled, not read at once.)
    await expect.poll(() => page.getByText("Les documents à préparer :").first().isVisible()).toBe(true);
    await expect.poll(() => page.getByRole("heading", { name: "Vos réponses" }).isVisible()).toBe(true);
    await screenshot(page, `droits-${scenario.name}-print`);
    await page.emulateMedia({ media: "screen" });

    mkdirSync(docsScreenshots, { recursive: true });
    await page.mouse.move(0, 0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: join(docsScreenshots, `droits-${scenario.name}.png`), fullPage: true });

    const run = { questions: 3 + steps.length, fields, steps, seconds, amounts };
    console.log(`[droits] ${scenario.name}: ${run.questions} questions (${fields} fields), ${seconds.toFixed(1)} s; ${steps.join(", ")}`);
    return run;
  } finally {
    await tab.context.close();
  }
}
