import { mul } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { allocationsLogement } from "../../src/aides-logement.ts";

export const aides_logement_primo_accedant_ressources = defineVariable({
  name: "aides_logement_primo_accedant_ressources",
  entity: "menage",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Plancher de ressources d'un accédant à la propriété",
  // The resources of an accédant are taken at least at a multiple of the mensualité of the
  // loan (CCH art. L823-1 and its regulatory barème).
  reference: cch("L823-1"),
  formulas: {
    "0001-01-01": ({ menage, period, parameters }) =>
      mul(menage("loyer", period), allocationsLogement(parameters(period)).ressources.accession.dar_3_coef_plancher_ressources),
  },
});
