import { add, div, knownConstant, mul, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { toutNul } from "../../src/formula-helpers.ts";
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
      const [livretA, epargne, capital, locatifs, immo, terrains] = [
        individu("livret_a", period),
        individu("epargne_revenus_non_imposables", period),
        individu("revenus_capital", period),
        individu("revenus_locatifs", period),
        individu("valeur_locative_immo_non_loue", period),
        individu("valeur_locative_terrains_non_loues", period),
      ];
      // No property declared in the batch: no income of it (the CSS reads twelve months of it).
      const plusValuesDuFoyer = individu.group("foyer_fiscal", "assiette_csg_plus_values", period.thisYear);
      if ([livretA, epargne, capital, locatifs, immo, terrains].every((v) => knownConstant(v) === 0) && toutNul(plusValuesDuFoyer))
        return 0;
      const plusValues = where(individu.hasRole("foyer_fiscal", "declarant_principal"), plusValuesDuFoyer);
      return add(
        div(mul(livretA, tauxLivretA), 12),
        div(mul(epargne, patrimoine.taux_interet_forfaitaire_epargne_non_imposable), 12),
        capital,
        locatifs,
        mul(immo, patrimoine.abattement_valeur_locative_immo_non_loue),
        mul(terrains, patrimoine.abattement_valeur_locative_terrains_non_loues),
        div(plusValues, 12),
      );
    },
  },
});
