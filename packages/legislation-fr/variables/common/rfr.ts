import { add, maximum, mul, sub, sumMembers, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const rfr = defineVariable({
  name: "rfr",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Revenu fiscal de référence",
  // The net taxable income plus the amounts of CGI art. 1417, IV: deductible charges added back,
  // capital gains and income taxed apart (flat levies, flat tax), allowances on dividends, exempt
  // professional and micro-enterprise income, the exempt part of the value-sharing bonus (net of
  // 10 %). The gains in report taxed at the scale (3SB) are left out.
  reference: cgi("1417"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period }) => {
      const f = (name: string) => foyer_fiscal(name, period);
      const membres = (name: string) => sumMembers(foyer_fiscal, foyer_fiscal.members(name, period));
      const reportAuBareme = where(f("f2op"), f("f3sb"), 0);
      return add(
        maximum(0, sub(f("rni"), reportAuBareme)),
        f("rfr_cd"),
        f("rfr_plus_values_hors_rni"),
        f("rfr_rvcm_abattements_a_reintegrer"),
        foyer_fiscal("revenus_capitaux_prelevement_liberatoire", period, "add"),
        foyer_fiscal("revenus_capitaux_prelevement_forfaitaire_unique_ir", period, "add"),
        membres("rpns_exon"),
        membres("rpns_info"),
        f("abattements_plus_values"),
        f("f2dm"),
        f("microentreprise"),
        mul(membres("prime_partage_valeur_exoneree_exceptionnelle"), 0.9),
      );
    },
  },
});
