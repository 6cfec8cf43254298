import { sumMembers } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const acs_montant = defineVariable({
  name: "acs_montant",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Montant annuel de l'ACS du foyer",
  // The sum of its members' amounts (CSS art. L863-1).
  reference: css("L863-1"),
  formulas: {
    "2009-08-01": ({ famille, period }) => sumMembers(famille, famille.members("acs_montant_i", period)),
  },
});
