import { allOf, anyOf, eq, gt, lt, not } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { casf } from "../../src/legal-references.ts";

export const rsa_majore_eligibilite = defineVariable({
  name: "rsa_majore_eligibilite",
  entity: "famille",
  valueType: "bool",
  definitionPeriod: "month",
  label: "Éligibilité au RSA majoré pour isolement",
  // A person alone who is pregnant, or who cares alone for a child under 3, or who
  // became isolated recently with children (CASF art. L262-9 and R262-1).
  reference: casf("L262-9", "R262-1"),
  formulas: {
    "0001-01-01": ({ famille, period, parameters }) => {
      const rsa = parameters(period).prestations_sociales.solidarite_insertion.minima_sociaux.rsa;
      const ageLimite: number = rsa.rsa_maj.majoration_isolement_en_base_rsa.age_limite_enfant;
      const parents = famille("nb_parents", period);
      const enfants = famille("rsa_nb_enfants", period);
      const isolementRecent = famille("rsa_isolement_recent", period);
      const enceinte = famille.any(famille.members("enceinte", period), "parent");
      // A young person still à charge of her own parents is not isolated.
      const aChargeDeSesParents = famille.any(famille.members("enfant_a_charge", period.thisYear), "parent");
      const aCharge = famille.members("rsa_enfant_a_charge", period);
      const age = famille.members("age", period);
      const enfantJeune = famille.any(allOf(aCharge, lt(age, ageLimite)));
      const isole = allOf(eq(parents, 1), not(aChargeDeSesParents));
      return allOf(isole, anyOf(enceinte, enfantJeune, allOf(isolementRecent, gt(enfants, 0))));
    },
  },
});
