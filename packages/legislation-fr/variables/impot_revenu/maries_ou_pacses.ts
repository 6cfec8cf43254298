import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";
import { TypesStatutMarital } from "../common/statut_marital.ts";

export const maries_ou_pacses = defineVariable({
  name: "maries_ou_pacses",
  entity: "foyer_fiscal",
  valueType: "bool",
  definitionPeriod: "year",
  label: "Déclarants mariés ou pacsés",
  // The situation of the main declarant on 1 January of the year of the incomes.
  reference: cgi("6", "194"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period }) =>
      TypesStatutMarital.isIn(
        foyer_fiscal.valueFromPerson(foyer_fiscal.members("statut_marital", period.firstMonth), "declarant_principal"),
        ["marie", "pacse"],
      ),
  },
});
