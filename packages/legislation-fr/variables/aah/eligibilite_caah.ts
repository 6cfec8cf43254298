import { allOf, ge } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";
import { beneficiaireAahOuAsi, logementIndependant, sansActiviteDouzeMois } from "./caah.ts";

export const eligibilite_caah = defineVariable({
  name: "eligibilite_caah",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Remplit les conditions communes des compléments de l'AAH",
  // An incapacity of at least 80 %, the AAH (or the ASI) received, an independent home,
  // no professional income for twelve months (CSS art. L821-1-1 and L821-1-2 in their
  // version from July 2005, D821-3 and D821-4).
  reference: css("L821-1-1", "L821-1-2", "D821-3", "D821-4"),
  formulas: {
    "2015-07-01": ({ individu, period, parameters }) => {
      const tauxMin: number =
        parameters(period).prestations_sociales.prestations_etat_de_sante.invalidite.aah.taux_capacite.taux_incapacite;
      return allOf(
        allOf(ge(individu("taux_incapacite", period), tauxMin), beneficiaireAahOuAsi(individu, period)),
        logementIndependant(individu, period),
        sansActiviteDouzeMois(individu, period),
      );
    },
  },
});
