import { where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { BCS_REFERENCE } from "../../src/jeunes-bcs.ts";
import { echelonBcs } from "../../src/jeunes-bcs.ts";

export const bourse_criteres_sociaux_echelon = defineVariable({
  name: "bourse_criteres_sociaux_echelon",
  entity: "individu",
  valueType: "int",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Échelon de la bourse sur critères sociaux (-1 : pas de bourse)",
  // The highest echelon whose ceiling for the student's points de charge the resources do not
  // exceed, for an eligible student (circulaire du 8 juin 2020, annexe 7; arrêtés annuels des plafonds).
  reference: BCS_REFERENCE,
  formulas: {
    "2020-07-22": ({ individu, period, parameters }) => {
      const bareme = parameters(period).prestations_sociales.education.bourses.enseignement_superieur.criteres_sociaux;
      const echelon = echelonBcs(
        bareme,
        individu("bourse_criteres_sociaux_base_ressources", period),
        individu("bourse_criteres_sociaux_points_de_charge", period),
      );
      return where(individu("bourse_criteres_sociaux_eligibilite", period), echelon, -1);
    },
  },
});
