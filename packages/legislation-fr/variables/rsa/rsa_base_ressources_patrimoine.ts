import { defineVariable } from "@zero/engine";
import { casf } from "../../src/legal-references.ts";

export const rsa_base_ressources_patrimoine = defineVariable({
  name: "rsa_base_ressources_patrimoine",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  label: "Revenus du patrimoine retenus pour le RSA",
  // Actual capital income, plus a notional income for property yielding nothing: 50 %
  // of the rental value of buildings, 80 % of that of land, 3 % a year of idle savings
  // (CASF art. R262-6, renvoyant à l'art. R132-1).
  reference: casf("R262-6", "R132-1"),
  formulas: {
    "0001-01-01": ({ famille, period, parameters }) => {
      const patrimoine = parameters(period).prestations_sociales.solidarite_insertion.minima_sociaux.rsa.rsa_cond.patrimoine;
      const immo = famille.members("valeur_locative_immo_non_loue", period);
      const terrains = famille.members("valeur_locative_terrains_non_loues", period);
      const epargne = famille.members("epargne_non_remuneree", period);
      const revenus = famille.members("revenus_capitaux_mensuels", period);
      const perPerson = new Float64Array(immo.length);
      for (let i = 0; i < perPerson.length; i++) {
        perPerson[i] =
          immo[i]! * patrimoine.abattement_valeur_locative_immo_non_loue +
          terrains[i]! * patrimoine.abattement_valeur_locative_terrains_non_loues +
          (epargne[i]! * patrimoine.taux_interet_forfaitaire_epargne_non_imposable) / 12 +
          revenus[i]!;
      }
      return famille.sum(perPerson, "parent");
    },
  },
});
