import { defineVariable } from "../../src/define-variable.ts";
import { casf, css } from "../../src/legal-references.ts";
import { contributionsRemplacement, tauxPensions } from "../../src/csg-remplacement.ts";

export const retraite_nette = defineVariable({
  name: "retraite_nette",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Pensions de retraite nettes",
  // When only the gross pension is known: gross less the CSG, the CRDS and the CASA, at
  // the rates of the foyer's CSG regime (`taux_csg_remplacement`). Health-insurance
  // contributions on supplementary pensions are not modelled.
  reference: [...css("L351-1", "L136-8"), ...casf("L14-10-4")],
  formulas: {
    "0001-01-01": ({ individu, period, parameters }) => {
      const brut = individu("retraite_brute", period);
      const taux = tauxPensions(parameters(period).prelevements_sociaux.contributions_sociales);
      const { total } = contributionsRemplacement(individu, period, brut, taux, 0);
      const out = new Float64Array(individu.count);
      for (let i = 0; i < out.length; i++) out[i] = brut[i]! - total[i]!;
      return out;
    },
  },
});
