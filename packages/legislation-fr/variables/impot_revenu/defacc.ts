import { add, minimum, mul } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { apresAbattementMicro, somme } from "../../src/impot-revenu.ts";
import { cgi } from "../../src/legal-references.ts";

const CASES = ["f5rn", "f5ro", "f5rp", "f5rq", "f5rr", "f5rw"];

export const defacc = defineVariable({
  name: "defacc",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Déficits industriels et commerciaux non professionnels des années antérieures",
  // Past deficits of non-professional BIC, set off only against the same income of the year (CGI art. 156, I, 1° bis).
  reference: cgi("156"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period, parameters }) => {
      const rpns = parameters(period).impot_revenu.calcul_revenus_imposables.rpns;
      const micro = rpns.micro.microentreprise;
      const m = (name: string) => foyer_fiscal.sum(foyer_fiscal.members(name, period));
      const microNonPro = add(
        apresAbattementMicro(m("macc_impv"), micro.regime_micro_bic.marchandises, micro.montant_minimum),
        apresAbattementMicro(m("macc_imps"), micro.regime_micro_bic.services, micro.montant_minimum),
      );
      const revenus = add(m("aacc_impn"), m("macc_pvct"), microNonPro, mul(1 + rpns.cga_taux2, m("nacc_impn")));
      return minimum(somme(foyer_fiscal, period, CASES), revenus);
    },
    "2023-01-01": ({ foyer_fiscal, period, parameters }) => {
      const micro = parameters(period).impot_revenu.calcul_revenus_imposables.rpns.micro.microentreprise;
      const m = (name: string) => foyer_fiscal.sum(foyer_fiscal.members(name, period));
      const microNonPro = add(
        apresAbattementMicro(m("macc_impv"), micro.regime_micro_bic.marchandises, micro.montant_minimum),
        apresAbattementMicro(m("macc_imps"), micro.regime_micro_bic.services, micro.montant_minimum),
      );
      return minimum(somme(foyer_fiscal, period, CASES), add(m("aacc_impn"), m("macc_pvct"), microNonPro));
    },
  },
});
