import { defineEnum } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeTravail } from "../../src/legal-references.ts";

export const DispositifsDeFormation = defineEnum("DispositifsDeFormation", {
  autre: "Autre formation",
  bilan_competences: "Bilan de compétences",
  permis_conduire_b: "Permis de conduire B (code et/ou conduite)",
  accompagnement_creation_entreprise: "Accompagnement à la création d'entreprise",
  accompagnement_validation_acquis: "Accompagnement à la validation des acquis de l'experience (VAE)",
});

export const dispositifs_formation = defineVariable({
  name: "dispositifs_formation",
  entity: "individu",
  valueType: "enum",
  definitionPeriod: "month",
  possibleValues: DispositifsDeFormation,
  default: "autre",
  label: "Dispositif de formation suivi",
  reference: codeTravail("L6313-1"),
});
