import { add, allOf, eq, gt, maximum, mul, parsePeriod, sub, where, type Period, type Population } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeTravail } from "../../src/legal-references.ts";
import { sumOf } from "../../src/formula-helpers.ts";
import { CHIFFRES_AFFAIRES_MICRO, datedList } from "../../src/ressources.ts";

/** The twelve months before the month of right (C. trav. art. R5423-2). */
export function douzeMoisPrecedents(period: Period): Period {
  return parsePeriod(`month:${String(period.firstMonth.offset(-12))}:12`);
}

/**
 * Resources counted by the ASS that are reduced when they stopped: received in the last
 * twelve months but not last month (C. trav. art. R5423-2 and R5423-5).
 */
export const ASS_RESSOURCES_ABATTUES = datedList([
  {
    since: "2005-01-01",
    source: "C. trav. art. R5423-2 et R5423-5",
    items: [
      "salaire_imposable",
      "revenus_stage_formation_pro",
      "indemnites_stage",
      "retraite_nette",
      "pensions_alimentaires_percues",
      "aah",
    ],
  },
]);

/** Other resources of the last twelve months counted by the ASS (C. trav. art. R5423-2). */
export const ASS_AUTRES_RESSOURCES = datedList([
  {
    since: "2005-01-01",
    source: "C. trav. art. R5423-2",
    items: ["pensions_invalidite", "revenus_locatifs", "revenus_capital"],
  },
]);

/** Self-employed profits of the calendar year before, counted by the ASS (C. trav. art. R5423-2). */
export const ASS_BENEFICES_ANNEE_PRECEDENTE = datedList([
  {
    since: "2005-01-01",
    source: "C. trav. art. R5423-2",
    items: ["rpns_micro_entreprise_benefice", "rpns_benefice_exploitant_agricole", "rpns_autres_revenus"],
  },
]);

/** The ASS's reductions of a resource that stopped: with a replacement income, without one. */
export interface AbattementsAss {
  readonly remplacee: number;
  readonly nonRemplacee: number;
}

/**
 * A micro-entrepreneur's receipts of the year before as declared for the income tax, with the
 * name of their allowance for costs: the profit counted by the ASS (C. trav. art. R5423-2;
 * CGI art. 50-0 and 102 ter for the allowances).
 */
export const ASS_RECETTES_MICRO_DECLAREES = datedList([
  {
    since: "2008-01-01",
    source: "C. trav. art. R5423-2 ; CGI art. 50-0 et 102 ter",
    items: [
      ["rpns_micro_entreprise_CA_bnc_imp", "abattement_bnc"],
      ["rpns_micro_entreprise_CA_bic_vente_imp", "abattement_bic_vente"],
      ["rpns_micro_entreprise_CA_bic_service_imp", "abattement_bic_services"],
    ],
  },
]);

/**
 * A resource of the last twelve months, reduced when it stopped (nothing last month): by 30 %
 * when a replacement income (unemployment, sickness benefits, pension) followed it, wholly
 * otherwise (C. trav. art. R5423-5).
 */
export function ressourceDouzeMois(individu: Population, name: string, period: Period, taux: AbattementsAss): Float64Array {
  const moisPrecedent = period.firstMonth.offset(-1);
  const douzeMois = individu(name, douzeMoisPrecedents(period), "add");
  const interrompue = allOf(gt(douzeMois, 0), eq(individu(name, moisPrecedent), 0));
  const remplacee = gt(sumOf(individu, ["chomage_net", "indemnites_journalieres", "retraite_nette"], moisPrecedent), 0);
  const abattement = where(remplacee, taux.remplacee, taux.nonRemplacee);
  return where(interrompue, mul(douzeMois, sub(1, abattement)), douzeMois);
}

export const ass_base_ressources_individu = defineVariable({
  name: "ass_base_ressources_individu",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Ressources d'une personne des douze derniers mois retenues pour l'ASS",
  // Earnings, pensions, maintenance received less maintenance paid, AAH, income from
  // property and capital of the twelve months before the month of right, and the
  // self-employed profits of the year before; the unemployment benefits are not counted
  // (C. trav. art. R5423-2 and R5423-3); a resource that stopped is reduced (R5423-5).
  reference: codeTravail("R5423-2", "R5423-3", "R5423-5"),
  formulas: {
    "0001-01-01": ({ individu, period, parameters }) => {
      const p = parameters(period).chomage.allocations_assurance_chomage.ass;
      const taux = { remplacee: p.abat_rev_subst_conj, nonRemplacee: p.abat_rev_non_subst_conj };
      const douzeMois = douzeMoisPrecedents(period);
      const abattues = ASS_RESSOURCES_ABATTUES.at(period).map((name) => ressourceDouzeMois(individu, name, period, taux));
      const autres = ASS_AUTRES_RESSOURCES.at(period).map((name) => individu(name, douzeMois, "add"));
      // Self-employed profits: those of the year before, the declared receipts of the year
      // before and the monthly turnover of the twelve months of a micro-entrepreneur, each
      // after its allowance for costs.
      const micro = parameters(period).impot_revenu.calcul_revenus_imposables.rpns.micro;
      const benefices = sumOf(individu, ASS_BENEFICES_ANNEE_PRECEDENTE.at(period), period.lastYear);
      const recettes = [
        ...ASS_RECETTES_MICRO_DECLAREES.at(period).map(([name, abattement]) => mul(individu(name, period.lastYear), 1 - micro[abattement])),
        ...CHIFFRES_AFFAIRES_MICRO.at(period).map(([name, abattement]) => mul(individu(name, douzeMois, "add"), 1 - micro[abattement])),
      ];
      const versees = individu("pensions_alimentaires_versees_individu", douzeMois, "add");
      // Maintenance paid, whatever its sign in the input.
      return sub(add(benefices, 0, ...recettes, ...abattues, ...autres), maximum(versees, mul(-1, versees)));
    },
  },
});
