import { defineVariable } from "@zero/engine";
import { toutNul } from "../../src/formula-helpers.ts";
import { css } from "../../src/legal-references.ts";

export const af_base = defineVariable({
  name: "af_base",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Allocations familiales, montant de base (après modulation)",
  // 32 % of the BMAF for two children, 41 % more per further child (CSS art. D521-1);
  // overseas, a family with one child receives 5.88 % (CSS art. L755-11 and D755-5).
  reference: [...css("L521-1", "D521-1"), ...css("L755-11", "D755-5")],
  formulas: {
    "0001-01-01": ({ famille, period, parameters }) => {
      const pf = parameters(period).prestations_sociales.prestations_familiales;
      const bmaf: number = pf.bmaf.bmaf;
      const cm = pf.prestations_generales.af.af_cm;
      const unEnfantDom: number = pf.prestations_generales.af.af_maj_dom?.allocations_familiales_un_enfant ?? 0;
      const nbMin: number = cm.nb_enfants_min_pour_allocation;
      const nb = famille("af_nbenf", period);
      if (toutNul(nb)) return 0; // no child: the rate is 0 everywhere
      const modulation = famille("af_taux_modulation", period);
      const gardeAlternee = famille("af_coeff_garde_alternee", period);
      const dom = famille.valueFromPerson(famille.members("residence_dom_individu", period), "demandeur");
      const out = new Float64Array(famille.count);
      for (let i = 0; i < out.length; i++) {
        const n = nb[i]!;
        let taux = 0;
        if (n >= nbMin && n >= cm.taux.nb_enf2) taux = cm.taux.enf2 + cm.taux.enf3 * Math.max(0, n - cm.taux.nb_enf3 + 1);
        else if (n === 1 && dom[i]) taux = unEnfantDom;
        out[i] = bmaf * taux * modulation[i]! * gardeAlternee[i]!;
      }
      return out;
    },
  },
});
