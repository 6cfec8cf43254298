import { add } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const revenus_nets_du_travail = defineVariable({
  name: "revenus_nets_du_travail",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "year",
  label: "Revenus nets du travail (salariés et non salariés)",
  // Net wages of the year and net non-salaried income (an input in Zéro).
  reference: cgi("79", "92"),
  formulas: {
    "0001-01-01": ({ individu, period }) => add(individu("salaire_net", period, "add"), individu("revenus_non_salarie_nets", period)),
  },
});
