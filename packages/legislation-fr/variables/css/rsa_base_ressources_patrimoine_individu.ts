import { add, div, mul, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { casf, css } from "../../src/legal-references.ts";

export const rsa_base_ressources_patrimoine_individu = defineVariable({
  name: "rsa_base_ressources_patrimoine_individu",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Revenus du patrimoine d'une personne du mois, réels et forfaitaires",
  // Capital and rental income of the month, a twelfth of the main declarant's capital gains of
  // the year, and a notional income for property yielding nothing: 50 % of the rental value
  // of buildings, 80 % of that of land, 3 % a year of tax-free savings and the livret A rate
  // on the livret A (CASF art. R132-1, to which the RSA, R262-6, and the complémentaire santé
  // solidaire, CSS art. R861-8, refer for the income of property).
  reference: [...casf("R132-1", "R262-6"), ...css("R861-8")],
  formulas: {
    "2009-06-01": ({ individu, period, parameters }) => {
      const p = parameters(period);
      const patrimoine = p.prestations_sociales.solidarite_insertion.minima_sociaux.rsa.rsa_cond.patrimoine;
      const tauxLivretA: number = p.taxation_capital.epargne.livret_a.taux;
      const plusValues = where(
        individu.hasRole("foyer_fiscal", "declarant_principal"),
        individu.group("foyer_fiscal", "assiette_csg_plus_values", period.thisYear),
      );
      return add(
        div(mul(individu("livret_a", period), tauxLivretA), 12),
        div(mul(individu("epargne_revenus_non_imposables", period), patrimoine.taux_interet_forfaitaire_epargne_non_imposable), 12),
        individu("revenus_capital", period),
        individu("revenus_locatifs", period),
        mul(individu("valeur_locative_immo_non_loue", period), patrimoine.abattement_valeur_locative_immo_non_loue),
        mul(individu("valeur_locative_terrains_non_loues", period), patrimoine.abattement_valeur_locative_terrains_non_loues),
        div(plusValues, 12),
      );
    },
  },
});
