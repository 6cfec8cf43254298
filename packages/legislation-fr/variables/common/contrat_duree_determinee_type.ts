import { defineEnum } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeTravail } from "../../src/legal-references.ts";

export const TypesContratDureeDetermineeType = defineEnum("TypesContratDureeDetermineeType", {
  non_renseigne: "Non renseigné",
  contrat_general: "Cas général du contrat de travail à durée déterminée (CDD)",
  contrat_saisonnier: "CDD à caractère saisonnier",
  contrat_vendanges: "CDD à caractère saisonnier pour travaux de vendanges",
  contrat_usage: "CDD d'usage (CDDU)",
  contrat_insertion: "CDD d'insertion (CDDI)",
  contrat_initiative_emploi: "Contrat unique d'insertion - Contrat initiative emploi (CUI-CIE)",
  contrat_accompagnement_emploi: "Contrat unique d'insertion - Contrat d'accompagnement dans l'emploi (CUI-CAE)",
});

export const contrat_duree_determinee_type = defineVariable({
  name: "contrat_duree_determinee_type",
  entity: "individu",
  valueType: "enum",
  definitionPeriod: "month",
  possibleValues: TypesContratDureeDetermineeType,
  setInputPolicy: "dispatchByPeriod",
  // Not said: no particular kind of fixed-term contract (a rule for seasonal, usage or
  // insertion contracts applies only to those said so, as in OpenFisca).
  default: "non_renseigne",
  label: "Type de contrat à durée déterminée",
  reference: codeTravail("L1242-2"),
});
