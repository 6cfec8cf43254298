import { allOf, not } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { menageDuDemandeur } from "../../src/aides-logement.ts";
import { TypeEtatLogementFoyer } from "./etat_logement_foyer.ts";

export const aides_logement_foyer_chambre_non_rehabilite_eligibilite = defineVariable({
  name: "aides_logement_foyer_chambre_non_rehabilite_eligibilite",
  entity: "famille",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Chambre non réhabilitée d'une résidence du CROUS, non conventionnée",
  // Its own equivalence de loyer plafond (CCH art. L823-1 ; arrêté du 27 septembre 2019, art. 22).
  reference: cch("L823-1"),
  formulas: {
    "0001-01-01": ({ famille, period }) =>
      allOf(
        menageDuDemandeur(famille, "logement_crous", period),
        not(menageDuDemandeur(famille, "logement_conventionne", period)),
        menageDuDemandeur(famille, "logement_chambre", period),
        TypeEtatLogementFoyer.is(menageDuDemandeur(famille, "etat_logement_foyer", period), "logement_non_rehabilite"),
      ),
  },
});
