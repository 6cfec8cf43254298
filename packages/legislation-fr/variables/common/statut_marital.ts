import { defineEnum } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeCivil } from "../../src/legal-references.ts";

export const TypesStatutMarital = defineEnum("TypesStatutMarital", {
  non_renseigne: "Non renseigné",
  marie: "Marié",
  celibataire: "Célibataire",
  divorce: "Divorcé",
  veuf: "Veuf",
  pacse: "Pacsé",
  jeune_veuf: "Jeune veuf",
});

export const statut_marital = defineVariable({
  name: "statut_marital",
  entity: "individu",
  valueType: "enum",
  possibleValues: TypesStatutMarital,
  default: "celibataire",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Statut marital",
  reference: codeCivil("143", "515-1"),
});
