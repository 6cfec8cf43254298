import { allOf, between, le, mul, not, sub } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { casf } from "../../src/legal-references.ts";

export const rsa_enfant_a_charge = defineVariable({
  name: "rsa_enfant_a_charge",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  label: "Enfant à charge du foyer RSA",
  // Children under 25 whose own resources do not exceed the majoration they would bring
  // to the foyer (CASF art. R262-3). Until 2015, only 38 % of their earnings counted.
  reference: casf("R262-3"),
  formulas: {
    "0001-01-01": ({ individu, period, parameters }) => {
      const rsa = parameters(period).prestations_sociales.solidarite_insertion.minima_sociaux.rsa;
      const ageMax: number = rsa.rsa_cond.age_pac;
      const pente: number = rsa.rsa_maj.majoration_ressources_revenus_activite ?? 0;
      const enfant = individu("est_enfant_dans_famille", period);
      const age = individu("age", period);
      const ressources = individu("rsa_base_ressources_individu", period);
      const activite = individu("rsa_revenu_activite_individu", period);
      const autonome = individu("autonomie_financiere", period);
      const majoration = individu.group("famille", "rsa_majoration_par_enfant", period);
      const comptees = sub(ressources, mul(pente, activite));
      return allOf(enfant, between(age, 0, ageMax), le(comptees, majoration), not(autonome));
    },
  },
});
