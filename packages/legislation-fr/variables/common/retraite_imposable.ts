import { defineVariable } from "../../src/define-variable.ts";
import { cgi, css } from "../../src/legal-references.ts";
import { contributionsRemplacement, tauxPensions } from "../../src/csg-remplacement.ts";

export const retraite_imposable = defineVariable({
  name: "retraite_imposable",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Pensions de retraite imposables",
  // The gross pension less the deductible part of the CSG (CGI art. 79 and 154 quinquies).
  reference: [...cgi("79", "154 quinquies"), ...css("L136-8")],
  formulas: {
    "0001-01-01": ({ individu, period, parameters }) => {
      const brut = individu("retraite_brute", period);
      const taux = tauxPensions(parameters(period).prelevements_sociaux.contributions_sociales);
      const { deductible } = contributionsRemplacement(individu, period, brut, taux, 0);
      const out = new Float64Array(individu.count);
      for (let i = 0; i < out.length; i++) out[i] = brut[i]! - deductible[i]!;
      return out;
    },
  },
});
