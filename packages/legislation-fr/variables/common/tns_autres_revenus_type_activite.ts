import { defineEnum } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const TypesTnsAutresRevenusTypeActivite = defineEnum("TypesTnsAutresRevenusTypeActivite", {
  achat_revente: "Achat-revente",
  bic: "Prestation de services commerciale ou artisanale",
  bnc: "Profession libérale",
});

export const tns_autres_revenus_type_activite = defineVariable({
  name: "tns_autres_revenus_type_activite",
  entity: "individu",
  valueType: "enum",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  possibleValues: TypesTnsAutresRevenusTypeActivite,
  default: "achat_revente",
  label: "Nature de l'activité non salariée",
  reference: cgi("50-0", "102 ter"),
});
