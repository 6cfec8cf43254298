import { countMembers, gt, where, allOf } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeEnergie } from "../../src/legal-references.ts";

export const cheque_energie = defineVariable({
  name: "cheque_energie",
  entity: "menage",
  valueType: "float",
  definitionPeriod: "year",
  setInputPolicy: "divideByPeriod",
  label: "Chèque énergie auquel le ménage peut prétendre",
  // Sent to the occupant of an eligible dwelling who files a tax return, on the RFR of that
  // return (Code de l'énergie, art. L124-1 and R124-1): a ménage of persons who are only
  // dependants of other foyers fiscaux (students sharing a flat) receives none.
  reference: codeEnergie("L124-1", "R124-1", "R124-2"),
  formulas: {
    "2017-01-01": ({ menage, period }) => {
      const declarant = gt(countMembers(menage, menage.persons.hasRole("foyer_fiscal", "declarant")), 0);
      const eligible = allOf(menage("cheque_energie_eligibilite_logement", period), declarant);
      return where(eligible, menage("cheque_energie_montant", period));
    },
  },
});
