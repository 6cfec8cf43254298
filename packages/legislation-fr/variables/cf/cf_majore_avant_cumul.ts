import { defineVariable } from "../../src/define-variable.ts";
import { toutNul } from "../../src/formula-helpers.ts";
import { css } from "../../src/legal-references.ts";

export const cf_majore_avant_cumul = defineVariable({
  name: "cf_majore_avant_cumul",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Complément familial majoré, avant règles de cumul",
  // Since April 2014, a higher amount when the resources do not exceed half of the
  // ceiling (CSS art. L522-3 and D522-2 ; overseas, L755-16-1 and D755-6).
  reference: css("L522-3", "D522-2", "L755-16-1", "D755-6"),
  formulas: {
    "2014-04-01": ({ famille, period, parameters }) => {
      const pf = parameters(period).prestations_sociales.prestations_familiales;
      const cf = pf.prestations_generales.cf;
      const montantMetropole: number = cf.cf_cm.complement_familial.taux_cf_majore * pf.bmaf.bmaf;
      const montantDom: number = cf.cf_cm_dom.complement_familial_dom.taux_majore_dom * pf.bmaf.bmaf;
      const droit = famille("cf_non_majore_avant_cumul", period);
      if (toutNul(droit)) return 0; // the majoration is for those who get the complément
      const dom = famille.valueFromPerson(famille.members("residence_dom_individu", period), "demandeur");
      const ressources = famille("cf_base_ressources", period);
      const plafond = famille("cf_majore_plafond", period);
      const out = new Float64Array(famille.count);
      for (let i = 0; i < out.length; i++) {
        out[i] = droit[i]! > 0 && ressources[i]! <= plafond[i]! ? (dom[i] ? montantDom : montantMetropole) : 0;
      }
      return out;
    },
  },
});
