import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";
import { TypesStatutMarital } from "../common/statut_marital.ts";

export const veuf = defineVariable({
  name: "veuf",
  entity: "foyer_fiscal",
  valueType: "bool",
  definitionPeriod: "year",
  label: "Déclarant veuf",
  // The situation of the main declarant on 1 January of the year of the incomes.
  reference: cgi("194"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period }) =>
      TypesStatutMarital.isIn(
        foyer_fiscal.valueFromPerson(foyer_fiscal.members("statut_marital", period.firstMonth), "declarant_principal"),
        ["veuf"],
      ),
  },
});
