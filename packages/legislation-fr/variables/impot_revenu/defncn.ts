import { add, minimum, mul } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { apresAbattementMicro, somme } from "../../src/impot-revenu.ts";
import { cgi } from "../../src/legal-references.ts";

const CASES = ["f5ht", "f5it", "f5jt", "f5kt", "f5lt", "f5mt"];

export const defncn = defineVariable({
  name: "defncn",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Déficits non commerciaux non professionnels des années antérieures",
  // Past deficits of non-professional BNC, set off only against the same income of the year (CGI art. 156, I, 2°).
  reference: cgi("156"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period, parameters }) => {
      const rpns = parameters(period).impot_revenu.calcul_revenus_imposables.rpns;
      const micro = rpns.micro.microentreprise;
      const m = (name: string) => foyer_fiscal.sum(foyer_fiscal.members(name, period));
      const revenus = add(
        apresAbattementMicro(m("mncn_impo"), micro.regime_micro_bnc, micro.montant_minimum),
        m("mncn_pvct"),
        m("cncn_aimp"),
        mul(1 + rpns.cga_taux2, m("cncn_bene")),
      );
      return minimum(somme(foyer_fiscal, period, CASES), revenus);
    },
    "2023-01-01": ({ foyer_fiscal, period, parameters }) => {
      const micro = parameters(period).impot_revenu.calcul_revenus_imposables.rpns.micro.microentreprise;
      const m = (name: string) => foyer_fiscal.sum(foyer_fiscal.members(name, period));
      const revenus = add(
        apresAbattementMicro(m("mncn_impo"), micro.regime_micro_bnc, micro.montant_minimum),
        m("mncn_pvct"),
        m("cncn_aimp"),
      );
      return minimum(somme(foyer_fiscal, period, CASES), revenus);
    },
  },
});
