import { add, maximum, mul, sub } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const microentreprise = defineVariable({
  name: "microentreprise",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "microentreprise bénéfices versement libératoire",
  // Micro-entrepreneurs who paid the income tax in full discharge (versement libératoire): their receipts
  // after the flat allowances, added to the revenu fiscal de référence (CGI art. 151-0, 1417, IV).
  reference: cgi("151-0", "1417"),
  formulas: {
    "2009-01-01": ({ foyer_fiscal, period, parameters }) => {
      const micro = parameters(period).impot_revenu.calcul_revenus_imposables.rpns.micro.microentreprise;
      const m = (name: string) => foyer_fiscal.sum(foyer_fiscal.members(name, period));
      const net = (recettes: ArrayLike<number>, taux: number) =>
        maximum(0, sub(recettes, maximum(micro.montant_minimum, mul(taux, recettes))));
      return add(
        net(m("ebnc_impo"), micro.regime_micro_bnc.taux),
        net(m("ebic_imps"), micro.regime_micro_bic.services.taux),
        net(m("ebic_impv"), micro.regime_micro_bic.marchandises.taux),
      );
    },
  },
});
