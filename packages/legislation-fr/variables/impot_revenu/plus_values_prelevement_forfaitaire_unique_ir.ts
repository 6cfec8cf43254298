import { add, maximum, sub, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const plus_values_prelevement_forfaitaire_unique_ir = defineVariable({
  name: "plus_values_prelevement_forfaitaire_unique_ir",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Plus-values soumises au prélèvement forfaitaire unique (partie impôt sur le revenu)",
  // Gains on securities taxed at the flat rate unless the foyer opts for the scale: gains in report
  // (3SB), gains less the allowance of retiring managers (3UA − 3VA), other gains (3VG), PEA gains (3TJ,
  // less its losses 3TK from 2019), carried interest (3VT from 2019); digital assets (3AN) always
  // (CGI art. 150-0 A, 150 VH bis, 200 A, 200 C).
  reference: cgi("200 A", "150-0 A", "150 VH bis"),
  formulas: {
    "2018-01-01": ({ foyer_fiscal, period }) => {
      const f = (name: string) => foyer_fiscal(name, period);
      return where(f("f2op"), 0, add(f("f3sb"), maximum(0, sub(f("f3ua"), f("f3va"))), f("f3vg"), f("f3tj")));
    },
    "2019-01-01": ({ foyer_fiscal, period }) => {
      const f = (name: string) => foyer_fiscal(name, period);
      const titres = add(f("f3sb"), maximum(0, sub(f("f3ua"), f("f3va"))), f("f3vg"), maximum(0, sub(f("f3tj"), f("f3tk"))), f("f3vt"));
      return add(f("f3an"), where(f("f2op"), 0, titres));
    },
  },
});
