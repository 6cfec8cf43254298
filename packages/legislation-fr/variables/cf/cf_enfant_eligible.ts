import { defineVariable } from "@zero/engine";
import { css } from "../../src/legal-references.ts";

export const cf_enfant_eligible = defineVariable({
  name: "cf_enfant_eligible",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  label: "Enfant ouvrant droit au complément familial",
  // A child of the famille, aged 3 to 20 (under 21), who does not earn more than 55 % of
  // the SMIC once out of compulsory schooling (CSS art. L522-1, L512-3, R512-2, D522-1).
  reference: css("L522-1", "L512-3", "R512-2", "D522-1"),
  formulas: {
    "0001-01-01": ({ individu, period, parameters }) => {
      const p = parameters(period);
      const pf = p.prestations_sociales.prestations_familiales;
      const cm = pf.prestations_generales.cf.cf_cm;
      const ageMin: number = cm.age_min;
      const ageMax: number = cm.age_max;
      const ageFinScolarite: number = pf.def_pac.enfants.age_intermediaire;
      const plafond: number = pf.def_pac.revenu_plafond_pac_non_scolaire * p.marche_travail.salaire_minimum.smic.smic_b_mensuel;
      const enfant = individu("est_enfant_dans_famille", period);
      const age = individu("age", period);
      const salaire = individu("salaire_net", period);
      const autonome = individu("autonomie_financiere", period);
      const out = new Uint8Array(individu.count);
      for (let i = 0; i < out.length; i++) {
        const a = age[i]!;
        const remunere = a >= ageFinScolarite && salaire[i]! > plafond;
        out[i] = enfant[i] && a >= ageMin && a < ageMax && !remunere && !autonome[i] ? 1 : 0;
      }
      return out;
    },
  },
});
