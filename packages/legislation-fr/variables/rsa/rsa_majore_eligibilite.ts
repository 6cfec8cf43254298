import { defineVariable } from "@zero/engine";
import { casf } from "../../src/legal-references.ts";
import { memberGroupIndex } from "../../src/formula-helpers.ts";

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
      const groupe = memberGroupIndex(famille);
      const enfantJeune = new Uint8Array(famille.count);
      for (let p = 0; p < groupe.length; p++) if (aCharge[p] && age[p]! < ageLimite) enfantJeune[groupe[p]!] = 1;
      const out = new Uint8Array(famille.count);
      for (let i = 0; i < out.length; i++) {
        const isole = parents[i] === 1 && !aChargeDeSesParents[i];
        out[i] = isole && (enceinte[i] || enfantJeune[i] || (isolementRecent[i] && enfants[i]! > 0)) ? 1 : 0;
      }
      return out;
    },
  },
});
