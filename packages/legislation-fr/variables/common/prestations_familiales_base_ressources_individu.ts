import { defineVariable } from "../../src/define-variable.ts";
import { cgi, css } from "../../src/legal-references.ts";

export const prestations_familiales_base_ressources_individu = defineVariable({
  name: "prestations_familiales_base_ressources_individu",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Revenus catégoriels annuels d'une personne retenus pour les prestations familiales d'un mois",
  // For a month of year N, the net taxable income of year N-2 (an annual amount, whatever
  // the month), after the 10 % deduction for professional costs (CSS art. R532-1 and
  // R532-3 ; CGI art. 83, 3°). Defined by month, as in OpenFisca, so that a value given
  // for a month is read.
  reference: [...css("R532-3"), ...cgi("83")],
  formulas: {
    "0001-01-01": ({ individu, period, parameters }) => {
      const abatpro = parameters(period.thisYear.offset(-2)).impot_revenu.calcul_revenus_imposables.deductions.abatpro;
      const taux: number = abatpro.taux ?? 0.1;
      const min: number = abatpro.min ?? 0;
      const max: number = abatpro.max ?? Infinity;
      const salaires = individu("revenu_assimile_salaire", period.thisYear.offset(-2));
      const out = new Float64Array(individu.count);
      for (let i = 0; i < out.length; i++) {
        const s = salaires[i]!;
        const deduction = Math.min(s, Math.min(max, Math.max(min, taux * s)));
        out[i] = s > 0 ? s - deduction : 0;
      }
      return out;
    },
  },
});
