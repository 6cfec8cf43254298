import { div, mul } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const ir_ss_qf = defineVariable({
  name: "ir_ss_qf",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Impôt sans les parts des personnes à charge (une part par déclarant)",
  // The tax the declarants alone would pay: the basis of the plafonnement (CGI art. 197, I, 2).
  reference: cgi("197"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period, parameters }) => {
      const bareme = parameters(period).impot_revenu.bareme_ir_depuis_1945.bareme;
      const nbAdultes = foyer_fiscal("nb_adult", period);
      return mul(nbAdultes, bareme.calc(div(foyer_fiscal("rni", period), nbAdultes)));
    },
  },
});
