import { defineEnum } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeEducation } from "../../src/legal-references.ts";

export const TypesMention = defineEnum("TypesMention", {
  non_renseignee: "Non renseignée",
  mention_assez_bien: "Mention assez bien",
  mention_bien: "Mention bien",
  mention_tres_bien: "Mention très bien",
  mention_tres_bien_felicitations_jury: "Mention très bien avec félicitations du jury",
});

export const mention_baccalaureat = defineVariable({
  name: "mention_baccalaureat",
  entity: "individu",
  valueType: "enum",
  definitionPeriod: "eternity",
  possibleValues: TypesMention,
  default: "non_renseignee",
  label: "Mention obtenue au baccalauréat (la meilleure, hors félicitations sauf celles du jury)",
  reference: codeEducation("D334-11"),
});
