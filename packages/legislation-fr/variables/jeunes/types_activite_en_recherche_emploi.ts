import { defineEnum } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeTravail } from "../../src/legal-references.ts";

export const TypesActiviteEnRechercheEmploi = defineEnum("TypesActiviteEnRechercheEmploi", {
  indeterminee: "Activité indéterminée",
  entretien_embauche: "Entretien d'embauche",
  concours_public: "Concours public",
  examen_certifiant: "Examen certifiant",
  prestation_accompagnement: "Prestation d'accompagnement",
  immersion_professionnelle_PMSMP: "Immersion professionnelle PMSMP",
});

export const types_activite_en_recherche_emploi = defineVariable({
  name: "types_activite_en_recherche_emploi",
  entity: "individu",
  valueType: "enum",
  definitionPeriod: "month",
  possibleValues: TypesActiviteEnRechercheEmploi,
  default: "indeterminee",
  label: "Activité de recherche d'emploi (entretien, concours, examen, prestation, immersion)",
  reference: codeTravail("L5312-1"),
});
