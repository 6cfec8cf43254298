import { defineEnum } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeTravail } from "../../src/legal-references.ts";

export const TypesContratDureeDetermineeType = defineEnum("TypesContratDureeDetermineeType", {
  aucun: "Aucun",
  contrat_saisonnier: "Contrat saisonnier",
  autre: "Autre contrat à durée déterminée",
});

export const contrat_duree_determinee_type = defineVariable({
  name: "contrat_duree_determinee_type",
  entity: "individu",
  valueType: "enum",
  definitionPeriod: "month",
  possibleValues: TypesContratDureeDetermineeType,
  setInputPolicy: "dispatchByPeriod",
  default: "aucun",
  label: "Type de contrat à durée déterminée",
  reference: codeTravail("L1242-2"),
});
