import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";
import { memberGroupIndex } from "../../src/formula-helpers.ts";

export const cf_eligibilite_dom = defineVariable({
  name: "cf_eligibilite_dom",
  entity: "famille",
  valueType: "bool",
  definitionPeriod: "month",
  label: "Condition d'enfants du complément familial outre-mer",
  // Overseas, at least one child à charge aged 3 to 4 (under 5) and no child under 3
  // (CSS art. L755-16 and D755-6 ; resources as in metropolitan France).
  reference: css("L755-16", "D755-6"),
  formulas: {
    "0001-01-01": ({ famille, period, parameters }) => {
      const dom = parameters(period).prestations_sociales.prestations_familiales.prestations_generales.cf.cf_cm_dom;
      const ageMin: number = dom.age_minimal_dom;
      const ageMax: number = dom.age_maximal_dom;
      const ageExclusion: number = dom.age_en_dessous_duquel_l_enfant_prive_la_famille_du_cf_dom;
      const nbMin: number = dom.nombre_enfant_minimum_dom;
      const enfant = famille.memberHasRole("enfant");
      const aCharge = famille.members("prestations_familiales_enfant_a_charge", period);
      const age = famille.members("age", period);
      const groupe = memberGroupIndex(famille);
      const nb = new Int32Array(famille.count);
      const exclue = new Uint8Array(famille.count);
      for (let p = 0; p < groupe.length; p++) {
        if (!enfant[p] || !aCharge[p]) continue;
        const a = age[p]!;
        if (a < ageExclusion) exclue[groupe[p]!] = 1;
        if (a >= ageMin && a < ageMax) nb[groupe[p]!]! += 1;
      }
      const out = new Uint8Array(famille.count);
      for (let i = 0; i < out.length; i++) out[i] = !exclue[i] && nb[i]! >= nbMin ? 1 : 0;
      return out;
    },
  },
});
