import { add, gt, maximum, minimum, mul, parsePeriod, sub, where, type Period, type Population } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch, cgi } from "../../src/legal-references.ts";
import { allocationsLogement, arrondi } from "../../src/aides-logement.ts";
import type { FrenchParameters } from "../../src/parameter-types.generated.ts";

type Deductions = FrenchParameters["impot_revenu"]["calcul_revenus_imposables"]["deductions"];

/** The deduction for professional costs: 10 % within its floor (the long-term unemployed's when given) and ceiling, or the real costs. */
function fraisProfessionnels(
  revenus: Float64Array,
  fraisReels: ArrayLike<number>,
  d: Deductions,
  plancher: ArrayLike<number> | number,
): Float64Array {
  const forfait = arrondi(minimum(maximum(mul(revenus, d.abatpro.taux), plancher), d.abatpro.max));
  return where(gt(fraisReels, forfait), fraisReels, forfait);
}

/** Pensions after their 10 % allowance (within its floor; the ceiling applies to the foyer fiscal). */
function pensionsNettes(pensions: Float64Array, d: Deductions): Float64Array {
  return maximum(0, sub(pensions, arrondi(maximum(mul(pensions, d.abatpen.taux), d.abatpen.min))));
}

/** Non-salaried profits of year N-2: taxable profits, capital gains and losses. */
function benefices(individu: Population, n2: Period): Float64Array {
  return add(
    individu("rpns_imposables", n2),
    individu("rpns_pvce", n2),
    individu("rpns_pvct", n2),
    individu("moins_values_court_terme_non_salaries", n2),
    individu("moins_values_long_terme_non_salaries", n2),
  );
}

/**
 * Activity income and unemployment benefits after the 30 % abattements of job loss or retirement,
 * nil when neutralised; a deduction larger than the salaries comes off the benefits.
 */
function revenusApresAbattements(
  individu: Population,
  period: Period,
  salaires: Float64Array,
  chomage: ArrayLike<number>,
  deduction: Float64Array,
  rpns: Float64Array,
  taux: number,
): Float64Array {
  const netSalaires = sub(salaires, deduction);
  const activite = mul(
    add(maximum(0, netSalaires), rpns),
    sub(1, mul(individu("aide_logement_abattement_revenus_activite_professionnelle", period), taux)),
  );
  const reportNegatif = minimum(0, where(gt(add(salaires, chomage), 0), netSalaires, 0));
  const indemnites = mul(add(chomage, reportNegatif), sub(1, mul(individu("aide_logement_abattement_indemnites_chomage", period), taux)));
  return mul(add(activite, indemnites), sub(1, individu("aide_logement_condition_neutralisation", period)));
}

export const aide_logement_base_ressources_individu = defineVariable({
  name: "aide_logement_base_ressources_individu",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  label: "Ressources d'une personne retenues pour les aides au logement (annuelles)",
  // Net taxable income: salaries (with the other income taxed as salaries, 1TT and 3VJ) and
  // unemployment benefits after the deduction for professional costs, non-salaried profits of
  // year N-2, pensions and alimony after their 10 % allowance; the 30 % abattements and the
  // neutralisation of CCH art. R822-13 to R822-17 (CCH art. R822-3 s. ; CGI art. 83 and 158).
  // Since January 2021 (contemporanéisation), salaries, unemployment benefits and pensions of the
  // twelve months M-13 to M-2, alimony of the last year; before, the income of year N-2 (with
  // the overtime hours before 2018).
  reference: [...cch("R822-3", "R822-4", "R822-13"), ...cgi("83", "158")],
  formulas: {
    "0001-01-01": ({ individu, period, parameters }) => {
      const n2 = period.thisYear.offset(-2, "year");
      const d = parameters(n2).impot_revenu.calcul_revenus_imposables.deductions;
      const taux: number = allocationsLogement(parameters(period)).ressources.abattements.chomage_indemnise;
      const salaires = add(individu("salaire_imposable", n2, "add"), individu("f1tt", n2), individu("f3vj", n2));
      const chomage = individu("chomage_imposable", n2, "add");
      const min2 = (d.abatpro as { readonly min2?: number }).min2 ?? d.abatpro.min;
      const plancher = where(individu("chomeur_longue_duree", period.thisYear), min2, d.abatpro.min);
      const deduction = fraisProfessionnels(add(salaires, chomage), individu("frais_reels", n2), d, plancher);
      const revenus = revenusApresAbattements(individu, period, salaires, chomage, deduction, benefices(individu, n2), taux);
      const pensions = add(
        mul(individu("pensions_alimentaires_percues", n2, "add"), individu("pensions_alimentaires_percues_decl", n2)),
        individu("retraite_imposable", n2, "add"),
        individu("pensions_invalidite", n2, "add"),
      );
      return add(revenus, pensionsNettes(pensions, d), individu("hsup", n2, "add"));
    },
    "2018-01-01": ({ individu, period, parameters }) => {
      const n2 = period.thisYear.offset(-2, "year");
      const d = parameters(n2).impot_revenu.calcul_revenus_imposables.deductions;
      const taux: number = allocationsLogement(parameters(period)).ressources.abattements.chomage_indemnise;
      const salaires = add(individu("salaire_imposable", n2, "add"), individu("f1tt", n2), individu("f3vj", n2));
      const chomage = individu("chomage_imposable", n2, "add");
      const deduction = fraisProfessionnels(add(salaires, chomage), individu("frais_reels", n2), d, d.abatpro.min);
      const revenus = revenusApresAbattements(individu, period, salaires, chomage, deduction, benefices(individu, n2), taux);
      const pensions = add(
        mul(individu("pensions_alimentaires_percues", n2, "add"), individu("pensions_alimentaires_percues_decl", n2)),
        individu("retraite_imposable", n2, "add"),
        individu("pensions_invalidite", n2, "add"),
      );
      return add(revenus, pensionsNettes(pensions, d));
    },
    "2021-01-01": ({ individu, period, parameters }) => {
      const n2 = period.thisYear.offset(-2, "year");
      const douzeMois = parsePeriod(`month:${String(period.firstMonth.offset(-13))}:12`);
      const taux: number = allocationsLogement(parameters(period)).ressources.abattements.chomage_indemnise;
      const salaireImposable = individu("salaire_imposable", douzeMois, "add");
      const salaires = add(salaireImposable, individu("f1tt", n2), individu("f3vj", n2));
      const chomage = individu("chomage_imposable", douzeMois, "add");
      const dAnneePassee = parameters(period.lastYear).impot_revenu.calcul_revenus_imposables.deductions;
      const deduction = fraisProfessionnels(
        add(salaires, chomage),
        individu("frais_reels", period.lastYear),
        dAnneePassee,
        dAnneePassee.abatpro.min,
      );
      const revenus = revenusApresAbattements(individu, period, salaires, chomage, deduction, benefices(individu, n2), taux);
      const pensions = add(
        individu("pensions_alimentaires_percues", period.lastYear, "add"),
        individu("retraite_imposable", douzeMois, "add"),
        individu("pensions_invalidite", n2, "add"),
      );
      return add(revenus, pensionsNettes(pensions, parameters(period).impot_revenu.calcul_revenus_imposables.deductions));
    },
  },
});
