import { defineVariable } from "../../src/define-variable.ts";
import { casf } from "../../src/legal-references.ts";

export const rsa_base_ressources_patrimoine = defineVariable({
  name: "rsa_base_ressources_patrimoine",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  label: "Revenus du patrimoine retenus pour le RSA",
  // Actual capital income (a twelfth of year N-2 and of the year's declared income),
  // plus a notional income for property yielding nothing: 50 % of the rental value of
  // buildings, 80 % of that of land, 3 % a year of tax-free savings and the livret A
  // rate on the livret A (CASF art. R262-6, renvoyant aux art. R132-1 et R132-2).
  reference: casf("R262-6", "R132-1", "R132-2"),
  formulas: {
    "0001-01-01": ({ famille, period, parameters }) => {
      const p = parameters(period);
      const patrimoine = p.prestations_sociales.solidarite_insertion.minima_sociaux.rsa.rsa_cond.patrimoine;
      const tauxLivretA: number = p.taxation_capital.epargne.livret_a.taux;
      const immo = famille.members("valeur_locative_immo_non_loue", period);
      const terrains = famille.members("valeur_locative_terrains_non_loues", period);
      const epargne = famille.members("epargne_revenus_non_imposables", period);
      const livretA = famille.members("livret_a", period);
      const capitalN2 = famille.members("revenus_capital", period.thisYear.offset(-2), "add");
      const declares = famille.members("revenus_capitaux_mensuels", period);
      const perPerson = new Float64Array(immo.length);
      for (let i = 0; i < perPerson.length; i++) {
        perPerson[i] =
          immo[i]! * patrimoine.abattement_valeur_locative_immo_non_loue +
          terrains[i]! * patrimoine.abattement_valeur_locative_terrains_non_loues +
          (epargne[i]! * patrimoine.taux_interet_forfaitaire_epargne_non_imposable + livretA[i]! * tauxLivretA) / 12 +
          capitalN2[i]! / 12 +
          declares[i]!;
      }
      return famille.sum(perPerson, "parent");
    },
  },
});
