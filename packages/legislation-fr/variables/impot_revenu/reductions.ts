import { add, minimum } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { sommeArrondie } from "../../src/impot-revenu.ts";
import { cgi } from "../../src/legal-references.ts";

/** The réductions d'impôt until 2012, by the year they came in; those not computed by Zéro are inputs. */
const REDUCTIONS_AVANT_2013 = [
  // 2002
  "accult",
  "frais_de_comptabilite",
  "assvie",
  "cappme",
  "cappme_esus_sfs",
  "reduction_cotisations_syndicales",
  "accueil_dans_etablissement_personnes_agees",
  "dfppce",
  "doment",
  "domlog",
  "reduction_enfants_scolarises",
  "gardenf",
  "intemp",
  "ri_investissement_forestier",
  "invrev",
  "prestations_compensatoires",
  "rente_survie",
  "ri_saldom",
  "souscriptions_parts_fcpi_fip",
  // 2003
  "mecena",
  "interets_emprunt_reprise_societe",
  // 2004
  "interets_prets_consommation",
  "invlst",
  // 2005
  "interets_paiements_differes_agriculteurs",
  // 2006
  "creaen",
  "defense_forets_contre_incendies",
  "sofica",
  // 2008
  "mohist",
  // 2009
  "domsoc",
  "codev",
  "location_meublee",
  "restauration_patrimoine_bati",
  "scelli",
  "sofipe",
  // 2010
  "protection_patrimoine_naturel",
  // later ones, nil before their time
  "reduction_impot_exceptionnelle",
  "duflot_pinel_denormandie_metropole",
  "duflot_pinel_denormandie_om",
  "rehab",
];

export const reductions = defineVariable({
  name: "reductions",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Réductions d'impôt sur le revenu",
  // The réductions reduce the tax after the décote, never below zero (CGI art. 199 quater B to 200 bis).
  // Since 2013 most of them share a global ceiling of advantages, raised for overseas investments and
  // SOFICA (CGI art. 200-0 A); the ceilings of earlier years are not modelled.
  reference: cgi("200-0 A"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period }) =>
      minimum(foyer_fiscal("ip_net", period), sommeArrondie(foyer_fiscal, period, REDUCTIONS_AVANT_2013)),
    "2013-01-01": ({ foyer_fiscal, period }) => {
      const f = (name: string) => foyer_fiscal(name, period);
      const total = add(
        f("reductions_plafonnees"),
        f("reductions_plafonnees_om_sofica"),
        f("reductions_plafonnees_esus_sfs"),
        f("reductions_deplafonnees"),
        f("reductions_iom"),
      );
      return minimum(f("ip_net"), total);
    },
  },
});
