import { sumMembers } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const css_participation_forfaitaire_montant = defineVariable({
  name: "css_participation_forfaitaire_montant",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Participation financière mensuelle du foyer à la complémentaire santé solidaire",
  // The sum of its members' participations (CSS art. L861-11).
  reference: css("L861-11"),
  formulas: {
    "2019-11-01": ({ famille, period }) => sumMembers(famille, famille.members("css_participation_forfaitaire_montant_i", period)),
  },
});
