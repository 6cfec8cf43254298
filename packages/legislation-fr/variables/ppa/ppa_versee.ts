import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const ppa_versee = defineVariable({
  name: "ppa_versee",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  label: "Prime d'activité versée, figée pour les trois mois du trimestre de droit",
  // The amount computed for the first month of a quarter of right is paid for its three
  // months (CSS art. L843-1 and R843-1).
  reference: css("L843-1", "R843-1"),
  formulas: {
    "2016-01-01": ({ famille, period }) => {
      const indice = famille("ppa_indice_du_mois_trimestre_reference", period);
      const parDecalage = [0, 1, 2].map((k) => famille("ppa", period.offset(-k)));
      const out = new Float64Array(famille.count);
      for (let i = 0; i < out.length; i++) out[i] = parDecalage[indice[i]!]![i]!;
      return out;
    },
  },
});
