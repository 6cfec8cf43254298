import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const cf_plafond = defineVariable({
  name: "cf_plafond",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  label: "Plafond de ressources du complément familial",
  // A base raised by 25 % for each of the first two children and 30 % for each further
  // child, plus a fixed sum for a couple with two incomes or a single parent (CSS art.
  // R522-2).
  reference: css("L522-1", "R522-2"),
  formulas: {
    "0001-01-01": ({ famille, period, parameters }) => {
      const plaf = parameters(period).prestations_sociales.prestations_familiales.prestations_generales.cf.cf_plaf;
      const base: number = plaf.plafond_ressources_0_enfant;
      const maj12: number = plaf.majoration.deux_premiers_enf;
      const maj3: number = plaf.majoration.troisieme_enf_et_plus;
      const majBiactifs: number = plaf.majoration.biactifs_isoles;
      const pf = famille.members("prestations_familiales_enfant_a_charge", period);
      const cf = famille.members("cf_enfant_eligible", period);
      const aCharge = new Uint8Array(pf.length);
      for (let i = 0; i < aCharge.length; i++) aCharge[i] = pf[i] || cf[i] ? 1 : 0;
      const nb = famille.sum(aCharge, "enfant");
      const biactif = famille("biactivite", period);
      const parents = famille("nb_parents", period);
      const out = new Float64Array(famille.count);
      for (let i = 0; i < out.length; i++) {
        const n = nb[i]!;
        const coef = 1 + maj12 * Math.min(n, 2) + maj3 * Math.max(n - 2, 0);
        out[i] = base * coef + (biactif[i] || parents[i] === 1 ? majBiactifs : 0);
      }
      return out;
    },
  },
});
