import { add, maximum, mul, sub } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const contribution_differentielle_hauts_revenus = defineVariable({
  name: "contribution_differentielle_hauts_revenus",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Contribution différentielle sur les hauts revenus (CDHR)",
  // The difference, when positive, between a minimum tax (a rate of the resources less the décote) and the
  // tax already due: the tax after décote, the flat taxes on capital, the CEHR without smoothing and the
  // majorations; counted negative, as a payment (CGI art. 224, III). The minoration for gains in report
  // is not modelled.
  reference: cgi("224"),
  formulas: {
    "2025-01-01": ({ foyer_fiscal, period, parameters }) => {
      const p = parameters(period).impot_revenu.contributions_exceptionnelles.contribution_differentielle_hauts_revenus;
      const f = (name: string) => foyer_fiscal(name, period);
      const impotCible = sub(
        mul(f("contribution_differentielle_hauts_revenus_ressources"), p.taux_cdhr),
        f("contribution_differentielle_hauts_revenus_decote"),
      );
      const impotDejaDu = add(
        sub(add(f("ip_net"), f("prelevement_forfaitaire_unique_ir")), f("prelevement_forfaitaire_liberatoire")),
        f("contribution_exceptionnelle_hauts_revenus_sans_lissage"),
        f("contribution_differentielle_hauts_revenus_majoration"),
        f("contribution_differentielle_hauts_revenus_majoration_impot"),
      );
      return mul(-1, mul(f("contribution_differentielle_hauts_revenus_eligible"), maximum(sub(impotCible, impotDejaDu), 0)));
    },
  },
});
