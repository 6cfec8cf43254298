import { add } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const nb_pac = defineVariable({
  name: "nb_pac",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Nombre de personnes à charge du foyer fiscal (hors résidence alternée)",
  // Children in exclusive custody (F), adult children attached (J) and disabled persons living in the home (R).
  reference: cgi("196", "196 A bis", "196 B"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period }) => add(foyer_fiscal("nbF", period), foyer_fiscal("nbJ", period), foyer_fiscal("nbR", period)),
  },
});
