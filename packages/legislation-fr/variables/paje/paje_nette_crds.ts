import { add } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const paje_nette_crds = defineVariable({
  name: "paje_nette_crds",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Prestation d'accueil du jeune enfant après CRDS",
  // The PAJE less the CRDS withheld from it (ordonnance 96-50, art. 15 ; CSS art. L136-1-3).
  reference: css("L136-1-3"),
  formulas: {
    "2004-01-01": ({ famille, period }) => add(famille("paje", period), famille("crds_paje", period)),
  },
});
