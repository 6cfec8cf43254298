import { defineVariable } from "@zero/engine";
import { css } from "../../src/legal-references.ts";
import { memberGroupIndex } from "../../src/formula-helpers.ts";

export const af_majoration = defineVariable({
  name: "af_majoration",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  label: "Allocations familiales, majorations pour âge (après modulation)",
  // One majoration per child above the age threshold, except the eldest of a family
  // of fewer than three children (CSS art. L521-3 and D521-2).
  reference: css("L521-3", "D521-2"),
  formulas: {
    "0001-01-01": ({ famille, period, parameters }) => {
      const pf = parameters(period).prestations_sociales.prestations_familiales;
      const bmaf: number = pf.bmaf.bmaf;
      const maj = pf.prestations_generales.af.af_maj;
      const ages = maj.maj_age_deux_enfants;
      const nbMinAine: number = maj.nb_enfants_min_pour_aine_donne_droit_a_majoration;
      const tauxSelonAge = (age: number): number => {
        if (ages.age2 !== undefined && age >= ages.age2) return ages.taux2;
        if (ages.age1 !== undefined && age >= ages.age1) return ages.taux1;
        return 0;
      };

      const nb = famille("af_nbenf", period);
      const modulation = famille("af_taux_modulation", period);
      const aCharge = famille.members("prestations_familiales_enfant_a_charge", period);
      const age = famille.members("age", period);
      const groupe = memberGroupIndex(famille);
      const ageMax: number = pf.prestations_generales.af.af_cm.age2;

      const total = new Float64Array(famille.count);
      const ageAine = new Float64Array(famille.count).fill(-1);
      for (let p = 0; p < groupe.length; p++) {
        if (!aCharge[p] || age[p]! >= ageMax) continue;
        const g = groupe[p]!;
        total[g]! += tauxSelonAge(age[p]!);
        ageAine[g] = Math.max(ageAine[g]!, age[p]!);
      }
      const out = new Float64Array(famille.count);
      for (let i = 0; i < out.length; i++) {
        if (nb[i]! < 2) continue;
        const taux = nb[i]! < nbMinAine ? total[i]! - tauxSelonAge(ageAine[i]!) : total[i]!;
        out[i] = bmaf * taux * modulation[i]!;
      }
      return out;
    },
  },
});
