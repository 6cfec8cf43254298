import { defineEnum } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeTravail } from "../../src/legal-references.ts";

export const TypesContratDeTravailType = defineEnum("TypesContratDeTravailType", {
  aucun: "Aucun",
  cdi: "Contrat à durée indéterminée",
  cdd: "Contrat à durée déterminée",
  ctt: "Contrat de travail temporaire",
});

export const contrat_de_travail_type = defineVariable({
  name: "contrat_de_travail_type",
  entity: "individu",
  valueType: "enum",
  definitionPeriod: "month",
  possibleValues: TypesContratDeTravailType,
  setInputPolicy: "dispatchByPeriod",
  default: "aucun",
  label: "Nature du contrat de travail",
  reference: codeTravail("L1221-2"),
});
