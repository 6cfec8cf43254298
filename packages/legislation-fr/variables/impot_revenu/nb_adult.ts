import { add, anyOf, mul } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const nb_adult = defineVariable({
  name: "nb_adult",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Nombre de déclarants du foyer fiscal (deux pour un couple marié ou pacsé)",
  reference: cgi("6", "194"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period }) =>
      add(
        mul(2, foyer_fiscal("maries_ou_pacses", period)),
        anyOf(foyer_fiscal("celibataire_ou_divorce", period), foyer_fiscal("veuf", period)),
      ),
  },
});
