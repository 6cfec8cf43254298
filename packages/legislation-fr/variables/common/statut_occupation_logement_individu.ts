import { defineVariable } from "@zero/engine";
import { casf } from "../../src/legal-references.ts";
import { TypesStatutOccupationLogement } from "./statut_occupation_logement.ts";

/** The ménage's occupancy status seen from each person, so that a famille can read it. */
export const statut_occupation_logement_individu = defineVariable({
  name: "statut_occupation_logement_individu",
  entity: "individu",
  valueType: "enum",
  possibleValues: TypesStatutOccupationLogement,
  default: "non_renseigne",
  definitionPeriod: "month",
  label: "Statut d'occupation du logement du ménage de la personne",
  reference: casf("R262-9", "R262-10"),
  formulas: {
    "0001-01-01": ({ individu, period }) => individu.group("menage", "statut_occupation_logement", period),
  },
});
