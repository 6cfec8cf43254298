import { add, parsePeriod, type Period, type Population } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch, cgi } from "../../src/legal-references.ts";

/**
 * Taxable income of one person over a period, after the 10 % deductions of income tax:
 * salaries and unemployment benefits (`revenu_assimile_salaire` of a civil year, or their
 * sum over twelve months), pensions and alimony.
 */
function revenusNets(
  individu: Population,
  period: Period,
  salaires: ArrayLike<number>,
  ir: Record<string, Record<string, number | undefined>>,
): Float64Array {
  const pro = ir.abatpro!;
  const pen = ir.abatpen!;
  const pensions = individu("retraite_imposable", period, "add");
  const alimentaires = individu("pensions_alimentaires_percues", period, "add");
  const out = new Float64Array(individu.count);
  for (let i = 0; i < out.length; i++) {
    const s = salaires[i]!;
    const p = pensions[i]!;
    const dPro = s > 0 ? Math.min(s, Math.min(pro.max ?? Infinity, Math.max(pro.min ?? 0, (pro.taux ?? 0.1) * s))) : 0;
    const dPen = p > 0 ? Math.min(p, Math.min(pen.max ?? Infinity, Math.max(pen.min ?? 0, (pen.taux ?? 0.1) * p))) : 0;
    out[i] = s - dPro + p - dPen + alimentaires[i]!;
  }
  return out;
}

export const aide_logement_base_ressources_individu = defineVariable({
  name: "aide_logement_base_ressources_individu",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  label: "Ressources d'une personne retenues pour les aides au logement (annuelles)",
  // Net taxable income (salaries and unemployment benefits after the deduction for
  // professional costs, pensions after their 10 % allowance, alimony received) and the
  // non-salaried profits of year N-2. Since January 2021 (contemporanéisation, CCH art.
  // R822-3 s.), the income of the twelve months before the month preceding the right
  // (M-13 to M-2); before, the income of year N-2. Not modelled: the abattements and
  // neutralisations for job loss, retirement or disability, the forfaitaire evaluation,
  // the capital and patrimony, the students' forfait.
  reference: [...cch("R822-3", "R822-4"), ...cgi("83", "158")],
  formulas: {
    "2002-01-01": ({ individu, period, parameters }) => {
      const ir = parameters(period).impot_revenu.calcul_revenus_imposables.deductions;
      const anneeN2 = period.thisYear.offset(-2, "year");
      const out = revenusNets(individu, anneeN2, individu("revenu_assimile_salaire", anneeN2), ir);
      const rpns = individu("rpns_imposables", anneeN2);
      for (let i = 0; i < out.length; i++) out[i]! += rpns[i]!;
      return out;
    },
    "2021-01-01": ({ individu, period, parameters }) => {
      const ir = parameters(period).impot_revenu.calcul_revenus_imposables.deductions;
      const douzeMois = parsePeriod(`month:${String(period.firstMonth.offset(-13))}:12`);
      // Twelve months across two civil years: the monthly salaries and benefits, as OpenFisca-France reads them.
      const salaires = add(individu("salaire_imposable", douzeMois, "add"), individu("chomage_imposable", douzeMois, "add"));
      const out = revenusNets(individu, douzeMois, salaires, ir);
      const rpns = individu("rpns_imposables", period.thisYear.offset(-2, "year"));
      for (let i = 0; i < out.length; i++) out[i]! += rpns[i]!;
      return out;
    },
  },
});
