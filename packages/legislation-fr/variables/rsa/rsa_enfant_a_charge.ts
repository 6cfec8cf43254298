import { defineVariable } from "@zero/engine";
import { casf } from "../../src/legal-references.ts";

export const rsa_enfant_a_charge = defineVariable({
  name: "rsa_enfant_a_charge",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  label: "Enfant à charge du foyer RSA",
  // Children under 25 whose own resources do not exceed the majoration they would bring
  // to the foyer (CASF art. R262-3).
  reference: casf("R262-3"),
  formulas: {
    "0001-01-01": ({ individu, period, parameters }) => {
      const rsa = parameters(period).prestations_sociales.solidarite_insertion.minima_sociaux.rsa;
      const ageMax: number = rsa.rsa_cond.age_pac;
      const base: number = rsa.rsa_m.montant_de_base_du_rsa ?? 0;
      const majoration = base * (rsa.rsa_maj.maj_montant_max.couple_1_enfant_ou_2e_enfant ?? 0);
      const enfant = individu("est_enfant_dans_famille", period);
      const age = individu("age", period);
      const ressources = individu("rsa_base_ressources_individu", period);
      const autonome = individu("autonomie_financiere", period);
      const out = new Uint8Array(individu.count);
      for (let i = 0; i < out.length; i++) {
        out[i] = enfant[i] && age[i]! >= 0 && age[i]! < ageMax && ressources[i]! <= majoration && !autonome[i] ? 1 : 0;
      }
      return out;
    },
  },
});
