import { defineEnum } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const TypesRegimeSecuriteSociale = defineEnum("TypesRegimeSecuriteSociale", {
  regime_general: "Régime général",
  regime_agricole: "Régime agricole",
});

export const regime_securite_sociale = defineVariable({
  name: "regime_securite_sociale",
  entity: "individu",
  valueType: "enum",
  definitionPeriod: "month",
  possibleValues: TypesRegimeSecuriteSociale,
  setInputPolicy: "dispatchByPeriod",
  default: "regime_general",
  label: "Régime de sécurité sociale du salarié",
  reference: css("L200-1"),
});
