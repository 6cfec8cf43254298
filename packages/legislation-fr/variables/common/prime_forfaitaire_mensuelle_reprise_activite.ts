import { defineVariable } from "../../src/define-variable.ts";
import { casf } from "../../src/legal-references.ts";

export const prime_forfaitaire_mensuelle_reprise_activite = defineVariable({
  name: "prime_forfaitaire_mensuelle_reprise_activite",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Prime forfaitaire mensuelle de reprise d'activité",
  reference: casf("L262-11"),
});
