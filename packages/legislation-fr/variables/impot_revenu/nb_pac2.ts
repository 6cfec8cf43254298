import { add, div, sub } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const nb_pac2 = defineVariable({
  name: "nb_pac2",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Nombre de personnes à charges (en comptant les enfants en résidence alternée comme une demi personne à charge)",
  // Persons à charge, a child in alternating residence counting for half (CGI art. 199 sexdecies, 3).
  reference: cgi("199 sexdecies"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period }) =>
      sub(add(foyer_fiscal("nbF", period), foyer_fiscal("nbJ", period), foyer_fiscal("nbR", period)), div(foyer_fiscal("nbH", period), 2)),
  },
});
