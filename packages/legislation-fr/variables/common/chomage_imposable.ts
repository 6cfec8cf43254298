import { defineVariable } from "../../src/define-variable.ts";
import { cgi, css } from "../../src/legal-references.ts";
import { contributionsRemplacement, tauxChomage } from "../../src/csg-remplacement.ts";

export const chomage_imposable = defineVariable({
  name: "chomage_imposable",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Allocations chômage imposables",
  // The gross benefit less the deductible part of the CSG (CGI art. 79 and 154 quinquies).
  reference: [...cgi("79", "154 quinquies"), ...css("L136-8")],
  formulas: {
    "0001-01-01": ({ individu, period, parameters }) => {
      const brut = individu("chomage_brut", period);
      const p = parameters(period);
      const smic: number = p.marche_travail.salaire_minimum.smic.smic_b_mensuel;
      const taux = tauxChomage(p.prelevements_sociaux.contributions_sociales);
      const { deductible } = contributionsRemplacement(individu, period, brut, taux, smic);
      const out = new Float64Array(individu.count);
      for (let i = 0; i < out.length; i++) out[i] = brut[i]! - deductible[i]!;
      return out;
    },
  },
});
