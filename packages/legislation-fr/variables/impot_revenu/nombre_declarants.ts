import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const nombre_declarants = defineVariable({
  name: "nombre_declarants",
  entity: "foyer_fiscal",
  valueType: "int",
  definitionPeriod: "month",
  label: "Nombre de déclarants du foyer fiscal (un ou deux)",
  // Zéro's own variable: the persons who sign the declaration, the couple taxed jointly (CGI art. 6, 1).
  reference: cgi("6"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal }) => foyer_fiscal.nbPersons("declarant"),
  },
});
