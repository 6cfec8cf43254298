import { mul } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";

export const aide_merite_montant = defineVariable({
  name: "aide_merite_montant",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  label: "Montant annuel de l'aide au mérite",
  // For the academic year, paid in nine monthly instalments (Code de l'éducation, art. D821-2 and following).
  reference: [
    "Code de l'éducation, articles D821-2 et suivants (aide au mérite)",
    "https://www.legifrance.gouv.fr/codes/id/LEGISCTA000030722211/",
    "Étudiant.gouv.fr, aide au mérite",
    "https://www.etudiant.gouv.fr/fr/aide-au-merite-1291",
  ],
  formulas: {
    "2020-07-31": ({ individu, period, parameters }) =>
      mul(
        individu("aide_merite_eligibilite", period.firstMonth),
        parameters(period).prestations_sociales.education.bourses.enseignement_superieur.aide_merite.montant_annuel,
      ),
  },
});
