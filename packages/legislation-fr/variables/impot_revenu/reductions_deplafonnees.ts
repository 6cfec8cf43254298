import { defineVariable } from "../../src/define-variable.ts";
import { sommeArrondie } from "../../src/impot-revenu.ts";
import { cgi } from "../../src/legal-references.ts";

/** Réductions outside the global ceiling; those not computed by Zéro are inputs. */
const DEPLAFONNEES_2013 = [
  "accueil_dans_etablissement_personnes_agees",
  "dfppce",
  "frais_de_comptabilite",
  "assvie",
  "reduction_cotisations_syndicales",
  "creaen",
  "interets_paiements_differes_agriculteurs",
  "mecena",
  "prestations_compensatoires",
  "interets_emprunt_reprise_societe",
  "restauration_patrimoine_bati",
  "reduction_enfants_scolarises",
  "accult",
  "rente_survie",
];
// 2025: the réduction for the costs of an approved management centre ends (LF 2025, art. 11) and the
// list no longer counts union dues nor business creation; subscriptions to young innovative companies join it.
const DEPLAFONNEES_2025 = [
  ...DEPLAFONNEES_2013.filter((n) => n !== "frais_de_comptabilite" && n !== "reduction_cotisations_syndicales" && n !== "creaen"),
  "cappme_jei_jeir",
];

export const reductions_deplafonnees = defineVariable({
  name: "reductions_deplafonnees",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Réductions d'impôt sur le revenu déplafonnées",
  // The réductions the global ceiling leaves out: gifts, dependants, school fees… (CGI art. 200-0 A, 2).
  reference: cgi("200-0 A"),
  formulas: {
    "2013-01-01": ({ foyer_fiscal, period }) => sommeArrondie(foyer_fiscal, period, DEPLAFONNEES_2013),
    "2025-01-01": ({ foyer_fiscal, period }) => sommeArrondie(foyer_fiscal, period, DEPLAFONNEES_2025),
  },
});
