import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const residence_fiscale_guadeloupe = defineVariable({
  name: "residence_fiscale_guadeloupe",
  entity: "foyer_fiscal",
  valueType: "bool",
  definitionPeriod: "year",
  label: "Foyer fiscal domicilié en Guadeloupe (commune 971…)",
  // Its tax is reduced (CGI art. 197, I, 3).
  reference: cgi("197"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period }) =>
      Uint8Array.from(foyer_fiscal.strings("depcom_foyer", period), (c) => (c.startsWith("971") ? 1 : 0)),
  },
});
