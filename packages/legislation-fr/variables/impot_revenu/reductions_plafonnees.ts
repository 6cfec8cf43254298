import { minimum } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { sommeArrondie } from "../../src/impot-revenu.ts";
import { cgi } from "../../src/legal-references.ts";

/** Réductions under the global ceiling of tax advantages; those not computed by Zéro are inputs. */
const PLAFONNEES_2013 = [
  "ri_saldom",
  "cappme",
  "defense_forets_contre_incendies",
  "ri_investissement_forestier",
  "location_meublee",
  "invlst",
  "protection_patrimoine_naturel",
  "rehab",
  "mohist",
  "souscriptions_parts_fcpi_fip",
  "duflot_pinel_denormandie_metropole",
  "reduction_impot_exceptionnelle",
];
// From 2019 the employment at home and the tourist investment are no longer among them.
const PLAFONNEES_2019 = PLAFONNEES_2013.filter((n) => n !== "ri_saldom" && n !== "invlst");

export const reductions_plafonnees = defineVariable({
  name: "reductions_plafonnees",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Réductions d'impôt sur le revenu plafonnées",
  // The advantages of the réductions listed, together, within the global ceiling (CGI art. 200-0 A, 1).
  reference: cgi("200-0 A"),
  formulas: {
    "2013-01-01": ({ foyer_fiscal, period, parameters }) =>
      minimum(parameters(period).impot_revenu.credits_impots.plaf_nich.plafond, sommeArrondie(foyer_fiscal, period, PLAFONNEES_2013)),
    "2019-01-01": ({ foyer_fiscal, period, parameters }) =>
      minimum(parameters(period).impot_revenu.credits_impots.plaf_nich.plafond, sommeArrondie(foyer_fiscal, period, PLAFONNEES_2019)),
  },
});
