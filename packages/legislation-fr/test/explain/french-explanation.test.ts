import { explain, findParameter, nearestChange, parseInstant, type TaxBenefitSystem } from "@zero/engine";
import { beforeAll, describe, expect, it } from "vitest";
import { buildFrenchSystem } from "../../src/index.ts";
import {
  euros,
  frenchExplanation,
  loadWordings,
  periodsText,
  periodText,
  wholeEuros,
  type FrenchExplanation,
} from "../../src/explain/index.ts";
import { calculate, couple, PERIOD, QUARTER, salaryOf, single, withSalary } from "./situations.ts";

let system: TaxBenefitSystem;
beforeAll(() => {
  system = buildFrenchSystem();
});

const RSA = "prestations_sociales.solidarite_insertion.minima_sociaux.rsa";
const PPA = "prestations_sociales.solidarite_insertion.minima_sociaux.ppa";
const AF = "prestations_sociales.prestations_familiales.prestations_generales.af";
const BMAF = "prestations_sociales.prestations_familiales.bmaf.bmaf";
const CASF = "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006074069";
const CSS = "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006073189";

/** A parameter's value at an instant, read from the YAML tree (not from the explanation). */
function parameter(path: string, date = "2025-06-01"): unknown {
  const entry = findParameter(system.parameters, path);
  if (entry?.kind !== "value") throw new Error(`${path} is not a value`);
  const key = parseInstant(date)!.key;
  return [...entry.values].reverse().find((v) => v.key <= key)?.value;
}

function explained(variable: string, situation: unknown, inputs = [salaryOf("alice")]) {
  const e = explain(system, situation, { variable, period: PERIOD });
  const change = e.value === 0 ? nearestChange(system, situation, { variable, period: PERIOD, inputs }) : undefined;
  return { e, change, fr: frenchExplanation({ ...e, nearestChange: change }) };
}

const figure = (fr: FrenchExplanation, path: string) => fr.figures.find((f) => f.path === path);

function expectLinks(fr: FrenchExplanation): void {
  expect(fr.sources.length).toBeGreaterThan(3);
  for (const s of fr.sources) expect(s.href).toMatch(/^https:\/\//);
  expect(new Set(fr.sources.map((s) => `${s.title} ${s.href}`)).size).toBe(fr.sources.length);
}

describe("French formats", () => {
  it("writes euros and periods as Intl fr-FR does", () => {
    expect(euros(1180)).toBe("1\u202f180,00\u00a0€");
    expect(euros(646.52)).toBe("646,52\u00a0€");
    expect(wholeEuros(94.6)).toBe("95\u00a0€");
    expect(periodText("2025-06")).toBe("juin 2025");
    expect(periodsText(QUARTER)).toBe("de mars à mai 2025");
    expect(periodsText(["2024-12", "2025-01"])).toBe("de décembre 2024 à janvier 2025");
  });
});

describe("wording files", () => {
  it("name only variables and parameters of the model", () => {
    const wordings = loadWordings();
    expect([...wordings.benefits.keys()].sort()).toEqual(["af", "ppa", "rsa"]);
    const refs = (text: string) => [...text.matchAll(/\{([pv]):([^{}]+)\}/g)].map((m) => [m[1]!, m[2]!] as const);
    const variables: string[] = Object.keys(wordings.inputs);
    const parameters: string[] = [];
    const read = (text: string) => refs(text).forEach(([k, name]) => (k === "v" ? variables : parameters).push(name));
    for (const w of wordings.benefits.values()) {
      variables.push(w.variable, ...(w.keyConditions ?? []), ...(w.hiddenConditions ?? []), ...Object.keys(w.conditions ?? {}));
      variables.push(...Object.keys(w.inputs ?? {}));
      parameters.push(...(w.keyFigures ?? []), ...Object.keys(w.figures ?? {}));
      for (const r of w.refusal ?? []) {
        variables.push(r.when.variable);
        for (const limit of [r.when.below, r.when.atLeast]) if (typeof limit === "string") read(`{${limit}}`);
        read(r.text);
      }
      for (const c of Object.values(w.conditions ?? {})) for (const t of [c.met, c.failed]) if (typeof t === "string") read(t);
      for (const t of Object.values(w.figures ?? {})) read(t);
    }
    expect(variables.filter((v) => !system.hasVariable(v))).toEqual([]);
    expect(parameters.filter((p) => findParameter(system.parameters, p) === undefined)).toEqual([]);
  });
});

describe("RSA", () => {
  it("explains an award: the amount, the conditions met, the montant forfaitaire and its decree", () => {
    const { e, fr } = explained("rsa", single(0));
    expect(e.value).toBe(calculate(system, single(0), "rsa"));
    expect(e.value).toBe(parameter(`${RSA}.rsa_m.montant_de_base_du_rsa`));
    expect(fr.summary).toBe("Vous avez droit au RSA : 646,52\u00a0€ par mois (juin 2025).");
    expect(fr.conditions[0]).toMatchObject({
      variable: "rsa_eligibilite",
      met: true,
      text: "Votre foyer remplit les conditions d'accès au RSA (âge, nationalité ou titre de séjour, études).",
    });
    expect(fr.conditions[0]!.references[0]).toMatchObject({ href: CASF });
    expect(figure(fr, `${RSA}.rsa_m.montant_de_base_du_rsa`)).toMatchObject({
      value: 646.52,
      instant: "2025-06-01",
      text: "Montant forfaitaire du RSA pour une personne seule sans enfant : 646,52\u00a0€ par mois.",
      source: "Décret n° 2025-293 du 29 mars 2025, art. 1",
      href: "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000051393086",
    });
    expect(figure(fr, `${RSA}.rsa_maj.montant_minimum_verse`)).toMatchObject({
      value: 6,
      text: "Le RSA n'est pas versé en dessous de 6,00\u00a0€ par mois.",
    });
    expect(fr.sources[0]).toEqual({ title: "Code de l'action sociale et des familles, articles L262-2, L262-4, R262-39", href: CASF });
    expectLinks(fr);
    expect(fr.nearestChange).toBeNull();
  });

  it("explains a refusal for age (under 25, no child)", () => {
    const { e, fr } = explained("rsa", single(0, "2002-01-01"));
    expect(e.value).toBe(0);
    expect(fr.summary).toBe(
      "Vous n'avez pas droit au RSA en juin 2025 : votre foyer ne remplit pas les conditions d'accès au RSA (avoir au moins 25 ans " +
        "ou un enfant à charge ou à naître, la nationalité ou le titre de séjour requis, ne pas être élève ou étudiant).",
    );
    expect(fr.conditions[0]).toMatchObject({ variable: "rsa_eligibilite", met: false });
    expect(figure(fr, `${RSA}.rsa_cond.age_minimum_allocataire`)).toMatchObject({
      value: 25,
      text: "Âge minimal pour avoir droit au RSA sans enfant à charge : 25 ans.",
    });
    expectLinks(fr);
  });

  it("explains a refusal for resources, with the highest salary that opens it, checked by /calculate", () => {
    const situation = single(2000);
    const { change, fr } = explained("rsa", situation);
    expect(fr.summary).toBe(
      "Vous n'avez pas droit au RSA en juin 2025 : vos ressources retenues (2\u202f000,00\u00a0€ par mois en moyenne sur les trois mois " +
        "précédents) atteignent presque ou dépassent le montant forfaitaire de votre foyer (646,52\u00a0€ par mois) ; le RSA n'est pas " +
        "versé en dessous de 6,00\u00a0€.",
    );
    // The RSA is the montant forfaitaire less the resources, paid from 6 €: to the euro, 646.52 − 6 rounded down.
    const limit = Math.floor(
      Number(parameter(`${RSA}.rsa_m.montant_de_base_du_rsa`)) - Number(parameter(`${RSA}.rsa_maj.montant_minimum_verse`)),
    );
    expect(change).toMatchObject({ from: 2000, to: limit, beyond: limit + 1, amount: 0 });
    expect(calculate(system, withSalary(situation, "alice", change!.to), "rsa")).toBeCloseTo(change!.newAmount, 9);
    expect(change!.newAmount).toBeGreaterThan(0);
    expect(calculate(system, withSalary(situation, "alice", change!.beyond), "rsa")).toBe(0);
    expect(fr.nearestChange).toMatchObject({ variable: "salaire_net", id: "alice", from: 2000, to: 640 });
    expect(fr.nearestChange!.text).toBe(
      `Avec un salaire net inférieur à 640\u00a0€ par mois de mars à mai 2025, vous auriez droit au RSA : environ ${wholeEuros(change!.newAmount)} par mois.`,
    );
  });
});

describe("prime d'activité", () => {
  it("explains an award: the amount /calculate gives, the montant forfaitaire of the quarter's months", () => {
    const { e, fr } = explained("ppa", single(1000));
    const amount = calculate(system, single(1000), "ppa");
    expect(amount).toBeGreaterThan(0);
    expect(e.value).toBe(amount);
    expect(fr.summary).toBe(`Vous avez droit à la prime d'activité : ${euros(amount)} par mois (juin 2025).`);
    expect(fr.conditions.map((c) => [c.variable, c.met])).toContainEqual(["ppa_eligibilite", true]);
    // The quarter straddles the April revaluation: the latest value, the earlier one after it.
    expect(parameter(`${PPA}.pa_m.montant_de_base`, "2025-05-01")).toBe(633.21);
    expect(parameter(`${PPA}.pa_m.montant_de_base`, "2025-03-01")).toBe(622.63);
    expect(figure(fr, `${PPA}.pa_m.montant_de_base`)).toMatchObject({
      value: 633.21,
      text: "Montant forfaitaire de la prime d'activité pour une personne seule : 633,21\u00a0€ par mois (622,63\u00a0€ en mars 2025).",
      href: expect.stringMatching(/^https:\/\/www\.legifrance\.gouv\.fr\//),
    });
    expect(fr.sources[0]).toEqual({ title: "Code de la sécurité sociale, articles L841-1, L842-3, R843-1, D846-2", href: CSS });
    expectLinks(fr);
  });

  it("explains a refusal without earnings, and the smallest salary that opens it, checked by /calculate", () => {
    const situation = single(0);
    const { change, fr } = explained("ppa", situation);
    expect(fr.summary).toBe(
      "Vous n'avez pas droit à la prime d'activité en juin 2025 : la prime d'activité complète des revenus d'activité (salaire, " +
        "revenus d'indépendant), et votre foyer n'en a pas eu au cours des trois mois précédents.",
    );
    expect(change).toMatchObject({ from: 0, amount: 0 });
    expect(change!.to).toBeGreaterThan(0);
    expect(change!.beyond).toBe(change!.to - 1);
    const at = calculate(system, withSalary(situation, "alice", change!.to), "ppa");
    expect(at).toBeGreaterThanOrEqual(Number(parameter(`${PPA}.pa_m.montant_minimum_verse`)));
    expect(at).toBeCloseTo(change!.newAmount, 9);
    expect(calculate(system, withSalary(situation, "alice", change!.beyond), "ppa")).toBe(0);
    expect(fr.nearestChange!.text).toBe(
      `Avec un salaire net d'au moins ${wholeEuros(change!.to)} par mois de mars à mai 2025, vous auriez droit à la prime d'activité : ` +
        `environ ${wholeEuros(change!.newAmount)} par mois.`,
    );
  });

  it("explains a refusal for earning too much, and the highest salary that opens it, checked by /calculate", () => {
    const situation = single(2500);
    const { change, fr } = explained("ppa", situation);
    expect(fr.summary).toBe(
      "Vous n'avez pas droit à la prime d'activité en juin 2025 : le montant calculé sur les trois mois précédents est inférieur au " +
        "seuil de versement de 15,00\u00a0€, vos ressources étant trop élevées pour la composition de votre foyer.",
    );
    expect(change!.to).toBeLessThan(2500);
    expect(change!.beyond).toBe(change!.to + 1);
    expect(calculate(system, withSalary(situation, "alice", change!.to), "ppa")).toBeGreaterThan(0);
    expect(calculate(system, withSalary(situation, "alice", change!.beyond), "ppa")).toBe(0);
    const shown = Math.floor(change!.to / 10) * 10;
    expect(fr.nearestChange!.text).toBe(
      `Avec un salaire net inférieur à ${wholeEuros(shown)} par mois de mars à mai 2025, vous auriez droit à la prime d'activité : ` +
        `environ ${wholeEuros(change!.newAmount)} par mois.`,
    );
  });
});

describe("allocations familiales", () => {
  it("explains an award for two children: 32 % of the BMAF, with its text", () => {
    const { e, fr } = explained("af", couple(2));
    const bmaf = Number(parameter(BMAF));
    const rate = Number(parameter(`${AF}.af_cm.taux.enf2`));
    expect([bmaf, rate]).toEqual([474.37, 0.32]);
    expect(e.value).toBeCloseTo(bmaf * rate, 9);
    expect(e.value).toBe(calculate(system, couple(2), "af"));
    expect(fr.summary).toBe("Vous avez droit aux allocations familiales : 151,80\u00a0€ par mois (juin 2025).");
    expect(fr.conditions.map((c) => c.text)).toEqual([
      "enfant1 est un enfant à charge au sens des prestations familiales.",
      "enfant2 est un enfant à charge au sens des prestations familiales.",
    ]);
    expect(figure(fr, BMAF)).toMatchObject({
      value: 474.37,
      text: "Base mensuelle de calcul des allocations familiales (BMAF) : 474,37\u00a0€.",
    });
    expect(figure(fr, BMAF)!.href).toMatch(/^https:\/\//);
    expect(figure(fr, `${AF}.af_cm.taux.enf2`)!.text).toBe(
      "Pour deux enfants à charge : 32\u00a0% de la base mensuelle de calcul des allocations familiales (BMAF).",
    );
    expect(fr.sources[0]).toEqual({ title: "Code de la sécurité sociale, articles L521-1, D521-1, D521-2", href: CSS });
    expectLinks(fr);
  });

  it("explains a refusal for one child", () => {
    const { e, fr } = explained("af", couple(1));
    expect(e.value).toBe(0);
    expect(fr.summary).toBe(
      "Vous n'avez pas droit aux allocations familiales en juin 2025 : les allocations familiales sont versées à partir de 2 enfants " +
        "à charge ; votre foyer en compte 1 qui ouvre droit.",
    );
    expect(figure(fr, `${AF}.af_cm.nb_enfants_min_pour_allocation`)).toMatchObject({
      value: 2,
      text: "Nombre minimal d'enfants à charge : 2.",
    });
    expectLinks(fr);
  });
});

describe("a benefit without a wording file", () => {
  it("is explained from the labels of the model", () => {
    expect(loadWordings().benefits.has("aspa")).toBe(false);
    const { fr } = explained("aspa", single(0));
    expect(fr.summary).toBe(
      "Vous n'avez pas droit à « Allocation de solidarité aux personnes âgées » en juin 2025 : « Remplit les conditions d'âge et de " +
        "séjour de l'ASPA » : non.",
    );
    expect(fr.conditions[0]!.text).toBe("Remplit les conditions d'âge et de séjour de l'ASPA (alice) : non.");
    expect(fr.figures.length).toBeGreaterThan(0);
    for (const f of fr.figures) expect(f.text).toMatch(/ : .+\.$/);
    expectLinks(fr);
  });
});
