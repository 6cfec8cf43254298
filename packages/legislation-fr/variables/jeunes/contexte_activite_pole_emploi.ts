import { defineEnum } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeTravail } from "../../src/legal-references.ts";

export const ContexteActivitePoleEmploi = defineEnum("ContexteActivitePoleEmploi", {
  indetermine: "Indeterminé",
  formation: "En formation",
  reprise_emploi: "En reprise d'emploi",
  recherche_emploi: "En recherche d'emploi",
});

export const contexte_activite_pole_emploi = defineVariable({
  name: "contexte_activite_pole_emploi",
  entity: "individu",
  valueType: "enum",
  definitionPeriod: "month",
  possibleValues: ContexteActivitePoleEmploi,
  default: "indetermine",
  label: "Contexte d'activité au sens de France Travail (formation, reprise ou recherche d'emploi)",
  reference: codeTravail("L5312-1"),
});
