import { add, div, eq, mul, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const ir_brut = defineVariable({
  name: "ir_brut",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Impôt brut : barème appliqué à une part du revenu net imposable, multiplié par le nombre de parts",
  // The family quotient (CGI art. 193 and 197, I, 1), or the effective rate when incomes taxed
  // elsewhere or exempt are counted to set the rate (art. 197 C).
  reference: cgi("193", "197", "197 C"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period, parameters }) => {
      const bareme = parameters(period).impot_revenu.bareme_ir_depuis_1945.bareme;
      const nbptr = foyer_fiscal("nbptr", period);
      const rni = foyer_fiscal("rni", period);
      const tauxEffectif = foyer_fiscal("taux_effectif", period);
      const quotient = mul(nbptr, bareme.calc(div(rni, nbptr)));
      return add(where(eq(tauxEffectif, 0), quotient, 0), mul(tauxEffectif, rni));
    },
  },
});
