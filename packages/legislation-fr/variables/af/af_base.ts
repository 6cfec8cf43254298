import { add, allOf, eq, ge, maximum, mul, select, sub } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
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
      // From the second child, plus a rate for each child from the third; overseas, one child is enough.
      const enfantsAuDelaDuDeuxieme = maximum(0, add(sub(nb, cm.taux.nb_enf3), 1));
      const taux = select(
        [
          [allOf(ge(nb, nbMin), ge(nb, cm.taux.nb_enf2)), add(cm.taux.enf2, mul(cm.taux.enf3, enfantsAuDelaDuDeuxieme))],
          [allOf(eq(nb, 1), dom), unEnfantDom],
        ],
        0,
      );
      return mul(mul(mul(bmaf, taux), modulation), gardeAlternee);
    },
  },
});
