import { allOf, ge, not } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { duDemandeur, menageDuDemandeur } from "../../src/aides-logement.ts";

export const aides_logement_foyer_personne_agee_eligibilite = defineVariable({
  name: "aides_logement_foyer_personne_agee_eligibilite",
  entity: "famille",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Personne âgée (62 ans ou plus) en logement-foyer non conventionné",
  // Its own equivalence de loyer plafond for the allocation de logement (CCH art. L823-1 ; arrêté
  // du 27 septembre 2019, art. 22).
  reference: cch("L823-1"),
  formulas: {
    "0001-01-01": ({ famille, period }) =>
      allOf(not(menageDuDemandeur(famille, "logement_conventionne", period)), ge(duDemandeur(famille, "age", period), 62)),
  },
});
