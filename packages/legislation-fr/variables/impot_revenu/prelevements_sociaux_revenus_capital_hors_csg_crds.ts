import { add, mul } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const prelevements_sociaux_revenus_capital_hors_csg_crds = defineVariable({
  name: "prelevements_sociaux_revenus_capital_hors_csg_crds",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Prélèvements sociaux (hors CSG et CRDS) sur les revenus du capital",
  // The other levies on the base of the CSG on capital, counted negative: the prélèvement social and its
  // additional contribution, that for the RSA (2009 to 2012), the prélèvement de solidarité (from 2013, alone
  // from 2019) (CSS art. L245-14 to L245-16; CGI art. 235 ter); plus the employee contribution on options
  // (an input in Zéro).
  reference: cgi("235 ter"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period, parameters }) => {
      const p = parameters(period).taxation_capital.prelevements_sociaux;
      return prelevements(
        foyer_fiscal("assiette_csg_revenus_capital", period),
        p.prelevement_social.produits_de_placement + p.caps.produits_de_placement,
        foyer_fiscal("contribution_salariale_glo_assimile_salaire", period),
      );
    },
    "2009-01-01": ({ foyer_fiscal, period, parameters }) => {
      const p = parameters(period).taxation_capital.prelevements_sociaux;
      const taux = p.prelevement_social.produits_de_placement + p.caps.produits_de_placement + p.caps.rsa;
      return prelevements(
        foyer_fiscal("assiette_csg_revenus_capital", period),
        taux,
        foyer_fiscal("contribution_salariale_glo_assimile_salaire", period),
      );
    },
    "2013-01-01": ({ foyer_fiscal, period, parameters }) => {
      const p = parameters(period).taxation_capital.prelevements_sociaux;
      const taux =
        p.prelevement_social.produits_de_placement + p.caps.produits_de_placement + p.prelevements_solidarite.produits_de_placement;
      return prelevements(
        foyer_fiscal("assiette_csg_revenus_capital", period),
        taux,
        foyer_fiscal("contribution_salariale_glo_assimile_salaire", period),
      );
    },
    "2019-01-01": ({ foyer_fiscal, period, parameters }) =>
      prelevements(
        foyer_fiscal("assiette_csg_revenus_capital", period),
        parameters(period).taxation_capital.prelevements_sociaux.prelevements_solidarite.produits_de_placement,
        foyer_fiscal("contribution_salariale_glo_assimile_salaire", period),
      ),
  },
});

/** The levies at `taux` on the base, negative, with the contribution on options (already negative). */
function prelevements(assiette: ArrayLike<number>, taux: number, contributionOptions: ArrayLike<number>): Float64Array {
  return add(mul(-taux, assiette), contributionOptions);
}
