import { add, mul } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const revenu_assimile_pension = defineVariable({
  name: "revenu_assimile_pension",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "year",
  label: "Pensions, retraites, rentes et pensions alimentaires imposables",
  // Pensions and alimony received (when declared) are taxed as pensions (CGI art. 79 and 158, 5).
  reference: cgi("79", "158"),
  formulas: {
    "0001-01-01": ({ individu, period }) =>
      add(
        mul(individu("pensions_alimentaires_percues", period, "add"), individu("pensions_alimentaires_percues_decl", period)),
        individu("retraite_imposable", period, "add"),
        individu("pensions_invalidite", period, "add"),
      ),
  },
});
