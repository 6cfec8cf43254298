import { sub } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const iaidrdi = defineVariable({
  name: "iaidrdi",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Impôt après imputation des réductions d'impôt",
  reference: cgi("199 quater B", "200"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period }) => sub(foyer_fiscal("ip_net", period), foyer_fiscal("reductions", period)),
  },
});
