import { add, mul } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeEducation } from "../../src/legal-references.ts";

export const crous_repas_montant = defineVariable({
  name: "crous_repas_montant",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Prix du repas au restaurant universitaire",
  // 1 € for a student eligible to the meal at 1 €, the price for students without a bourse otherwise.
  reference: [
    ...codeEducation("L822-1"),
    "Service-public.fr, repas à 1 € au restaurant universitaire",
    "https://www.service-public.fr/particuliers/actualites/A16017",
  ],
  formulas: {
    "2016-09-01": ({ individu, period, parameters }) => {
      const prixNonBoursier = parameters(period).prestations_sociales.education.alimentation.montant_repas_non_boursier;
      return add(
        individu("crous_repas_un_euro_eligibilite", period),
        mul(individu("crous_repas_tarif_non_boursiers_eligibilite", period), prixNonBoursier),
      );
    },
  },
});
