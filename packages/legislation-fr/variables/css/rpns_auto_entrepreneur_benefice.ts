import { add, knownConstant, mul } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const rpns_auto_entrepreneur_benefice = defineVariable({
  name: "rpns_auto_entrepreneur_benefice",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Bénéfice d'un micro-entrepreneur (chiffre d'affaires après l'abattement forfaitaire)",
  // The month's turnover less the micro regime's flat allowance for costs: sales, services
  // (CGI art. 50-0) or non-commercial receipts (art. 102 ter).
  reference: cgi("50-0", "102 ter"),
  formulas: {
    "2008-01-01": ({ individu, period, parameters }) => {
      const micro = parameters(period).impot_revenu.calcul_revenus_imposables.rpns.micro;
      const [venteAchat, bnc, services] = [
        individu("rpns_auto_entrepreneur_CA_achat_revente", period),
        individu("rpns_auto_entrepreneur_CA_bnc", period),
        individu("rpns_auto_entrepreneur_CA_bic", period),
      ];
      // No turnover declared in the batch: no profit (the CSS reads twelve months of it).
      if ([venteAchat, bnc, services].every((ca) => knownConstant(ca) === 0)) return 0;
      return add(
        mul(venteAchat, 1 - micro.abattement_bic_vente),
        mul(bnc, 1 - micro.abattement_bnc),
        mul(services, 1 - micro.abattement_bic_services),
      );
    },
  },
});
