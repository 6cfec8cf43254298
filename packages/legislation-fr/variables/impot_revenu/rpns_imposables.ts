import { add, maximum, mul, sub } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { apresAbattementMicro } from "../../src/impot-revenu.ts";
import { cgi } from "../../src/legal-references.ts";

export const rpns_imposables = defineVariable({
  name: "rpns_imposables",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "year",
  label: "Revenus imposables des professions non salariées",
  // The person's non-salaried income: real-regime and agricultural income (revenu_non_salarie), the
  // micro-BIC and micro-BNC receipts after their flat allowances (CGI art. 50-0, 102 ter), short-term
  // gains, professional furnished rentals, BNC non professional declared; less the short-term losses,
  // those of the foyer's non-professional activities setting off its micro profits.
  reference: cgi("34", "50-0", "92", "102 ter"),
  formulas: {
    "0001-01-01": ({ individu, period, parameters }) => {
      const micro = parameters(period).impot_revenu.calcul_revenus_imposables.rpns.micro.microentreprise;
      const { marchandises, services } = micro.regime_micro_bic;
      const bnc = micro.regime_micro_bnc;
      const min = micro.montant_minimum;
      const f = (name: string) => individu(name, period);
      const microBic = add(apresAbattementMicro(f("mbic_impv"), marchandises, min), apresAbattementMicro(f("mbic_imps"), services, min));
      const microBicNonPro = add(
        apresAbattementMicro(f("macc_impv"), marchandises, min),
        apresAbattementMicro(f("macc_imps"), services, min),
      );
      const microBnc = apresAbattementMicro(f("mbnc_impo"), bnc, min);
      const microBncNonPro = apresAbattementMicro(f("mncn_impo"), bnc, min);
      const principal = individu.hasRole("foyer_fiscal", "declarant_principal");
      const moinsValuesBic = mul(individu.group("foyer_fiscal", "macc_mvct", period), principal);
      const moinsValuesBnc = mul(individu.group("foyer_fiscal", "mncn_mvct", period), principal);
      const micros = add(microBic, maximum(0, microBicNonPro), microBnc, microBncNonPro);
      // The foyer's losses set off against the non-professional micro profits, within them.
      const imputationBic = sub(maximum(0, sub(add(microBicNonPro, f("nacc_timp")), moinsValuesBic)), add(microBicNonPro, f("nacc_timp")));
      const imputationBnc = sub(maximum(0, sub(microBncNonPro, moinsValuesBnc)), microBncNonPro);
      return sub(
        add(f("revenu_non_salarie"), micros, f("rpns_pvct"), imputationBic, imputationBnc, f("locations_pro"), f("cncn_aimp")),
        add(f("moins_values_court_terme_pro"), f("moins_values_court_terme_agr"), f("moins_values_court_terme_nonpro")),
      );
    },
  },
});
