import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const aah_restriction_substantielle_durable_acces_emploi = defineVariable({
  name: "aah_restriction_substantielle_durable_acces_emploi",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Restriction substantielle et durable pour l'accès à l'emploi reconnue par la CDAPH",
  reference: css("L821-2", "D821-1-2"),
});
