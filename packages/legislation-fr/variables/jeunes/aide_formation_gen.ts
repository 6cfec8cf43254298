import { where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { echelonBcs } from "../../src/jeunes-bcs.ts";

export const aide_formation_gen = defineVariable({
  name: "aide_formation_gen",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Aide aux personnes en formation labellisée Grande École du numérique (montant mensuel)",
  // The monthly amount of the bourse sur critères sociaux of the echelon the resources and points de
  // charge give, for an eligible person (décret du 12 avril 2017).
  reference: [
    "Décret du 12 avril 2017 relatif à l'aide accordée aux personnes inscrites dans une formation labellisée Grande École du numérique",
    "https://www.legifrance.gouv.fr/loda/id/JORFTEXT000034429379/",
  ],
  formulas: {
    "2017-04-14": ({ individu, period, parameters }) => {
      const bareme = parameters(period).prestations_sociales.education.bourses.enseignement_superieur.criteres_sociaux;
      const echelon = echelonBcs(
        bareme,
        individu("bourse_criteres_sociaux_base_ressources", period),
        individu("bourse_criteres_sociaux_points_de_charge", period),
      );
      return where(individu("aide_formation_gen_eligibilite", period), bareme.montants.calc(echelon));
    },
  },
});
