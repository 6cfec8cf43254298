import { defineVariable } from "../../src/define-variable.ts";
import { codeTravail, css } from "../../src/legal-references.ts";
import { contributionsRemplacement, tauxChomage } from "../../src/csg-remplacement.ts";

export const chomage_net = defineVariable({
  name: "chomage_net",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Allocations chômage nettes",
  // When only the gross benefit is known: gross less the CSG and the CRDS at the rates
  // of the foyer's CSG regime, without going below the gross monthly minimum wage (CSS
  // art. L136-8). The contribution to supplementary pensions is not modelled.
  reference: [...codeTravail("L5422-1"), ...css("L136-1-2", "L136-8")],
  formulas: {
    "0001-01-01": ({ individu, period, parameters }) => {
      const brut = individu("chomage_brut", period);
      const p = parameters(period);
      const smic: number = p.marche_travail.salaire_minimum.smic.smic_b_mensuel;
      const taux = tauxChomage(p.prelevements_sociaux.contributions_sociales);
      const { total } = contributionsRemplacement(individu, period, brut, taux, smic);
      const out = new Float64Array(individu.count);
      for (let i = 0; i < out.length; i++) out[i] = brut[i]! - total[i]!;
      return out;
    },
  },
});
