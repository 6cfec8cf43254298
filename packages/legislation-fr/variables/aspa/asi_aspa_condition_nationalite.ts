import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";
import { ASSIMILES_EEE, parNationalite } from "../../src/nationalites.ts";

export const asi_aspa_condition_nationalite = defineVariable({
  name: "asi_aspa_condition_nationalite",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  default: true,
  label: "Condition de nationalité ou de titre de séjour de l'ASPA et de l'ASI",
  // A national of the EEA or Switzerland, or a foreigner holding for at least ten years a
  // residence permit allowing work (CSS art. L816-1).
  reference: css("L816-1"),
  formulas: {
    "2002-01-01": ({ individu, period, parameters }) => {
      const dureeMin: number = parameters(period).prestations_sociales.solidarite_insertion.minimum_vieillesse.aspa.duree_min_titre_sejour;
      const eee = individu("ressortissant_eee", period);
      const nationalite = individu.strings("nationalite", period);
      const duree = individu("duree_possession_titre_sejour", period);
      const suisse = parNationalite(nationalite, (code) => (ASSIMILES_EEE.has(code) ? 1 : 0));
      const out = new Uint8Array(individu.count);
      for (let i = 0; i < out.length; i++) out[i] = eee[i] || suisse[i] || duree[i]! >= dureeMin ? 1 : 0;
      return out;
    },
  },
});
