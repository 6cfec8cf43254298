import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";
import { memberGroupIndex } from "../../src/formula-helpers.ts";

export const cf_non_majore_avant_cumul = defineVariable({
  name: "cf_non_majore_avant_cumul",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Complément familial non majoré, avant règles de cumul",
  // Families with at least three children aged 3 to 20 whose N-2 resources do not exceed
  // the ceiling; just above it, a differential amount so that resources plus the
  // allowance do not exceed the ceiling plus twelve monthly amounts (CSS art. L522-1,
  // L522-2, D522-1 and D522-2). Overseas, the conditions on children and the amount of
  // articles L755-16 and D755-6 apply instead.
  reference: css("L522-1", "L522-2", "D522-1", "D522-2", "L755-16", "D755-6"),
  formulas: {
    "0001-01-01": ({ famille, period, parameters }) => {
      const pf = parameters(period).prestations_sociales.prestations_familiales;
      const cm = pf.prestations_generales.cf.cf_cm;
      const montantMetropole: number = cm.complement_familial.taux_cf_base * pf.bmaf.bmaf;
      const montantDom: number = pf.prestations_generales.cf.cf_cm_dom.complement_familial_dom.taux_base_dom * pf.bmaf.bmaf;
      const nbMin: number = cm.nombre_d_enfants_minimal;
      const eligibles = famille.members("cf_enfant_eligible", period);
      const groupe = memberGroupIndex(famille);
      const nb = new Int32Array(famille.count);
      for (let p = 0; p < groupe.length; p++) if (eligibles[p]) nb[groupe[p]!]! += 1;
      const dom = famille.valueFromPerson(famille.members("residence_dom_individu", period), "demandeur");
      // Paid overseas under its own conditions, elsewhere from nbMin eligible children.
      let quelquUn = false;
      for (let i = 0; i < nb.length && !quelquUn; i++) quelquUn = dom[i] !== 0 || nb[i]! >= nbMin;
      if (!quelquUn) return 0;
      const eligibleDom = famille("cf_eligibilite_dom", period);
      const ressources = famille("cf_base_ressources", period);
      const plafond = famille("cf_plafond", period);
      const out = new Float64Array(famille.count);
      for (let i = 0; i < out.length; i++) {
        if (dom[i] ? !eligibleDom[i] : nb[i]! < nbMin) continue;
        const montant = dom[i] ? montantDom : montantMetropole;
        const depassement = ressources[i]! - plafond[i]!;
        out[i] = depassement <= 0 ? montant : Math.max(0, (12 * montant - depassement) / 12);
      }
      return out;
    },
  },
});
