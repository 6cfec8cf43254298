import { defineVariable } from "@zero/engine";
import { css } from "../../src/legal-references.ts";

const AUCUN_ENFANT = -9999;

export const af_age_aine = defineVariable({
  name: "af_age_aine",
  entity: "famille",
  valueType: "int",
  definitionPeriod: "month",
  default: AUCUN_ENFANT,
  label: "Âge de l'aîné des enfants à charge au sens des prestations familiales (-9999 sans enfant)",
  // The eldest of a family of fewer than three children gets no majoration for age
  // (CSS art. L521-3).
  reference: css("L521-3"),
  formulas: {
    "0001-01-01": ({ famille, period }) => {
      const aCharge = famille.members("prestations_familiales_enfant_a_charge", period);
      const age = famille.members("age", period);
      const compte = new Float64Array(age.length);
      for (let i = 0; i < compte.length; i++) compte[i] = aCharge[i] ? age[i]! : -Infinity;
      const aine = famille.max(compte);
      const out = new Int32Array(famille.count);
      for (let i = 0; i < out.length; i++) out[i] = Number.isFinite(aine[i]!) ? aine[i]! : AUCUN_ENFANT;
      return out;
    },
  },
});
