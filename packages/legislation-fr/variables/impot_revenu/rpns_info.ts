import { defineVariable } from "../../src/define-variable.ts";
import { somme } from "../../src/impot-revenu.ts";
import { cgi } from "../../src/legal-references.ts";

export const rpns_info = defineVariable({
  name: "rpns_info",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "year",
  label: "Plus-values de cession de brevets et d'inventions - Revenus des professions non salariées",
  // Income from patents and inventions taxed at the reduced rate of 10 % (CGI art. 238), since 2019.
  reference: cgi("238"),
  formulas: {
    "2019-01-01": ({ individu, period }) =>
      somme(individu, period, ["cncn_info_red1", "cncn_info_red2", "arag_info", "abic_info", "aacc_info", "abnc_info"]),
  },
});
