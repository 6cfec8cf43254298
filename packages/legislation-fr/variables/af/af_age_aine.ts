import { gt, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
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
      const aine = famille.max(where(aCharge, age, -Infinity));
      return where(gt(aine, -Infinity), aine, AUCUN_ENFANT);
    },
  },
});
