import { mul } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const crds_paje = defineVariable({
  name: "crds_paje",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  label: "CRDS prélevée sur la prestation d'accueil du jeune enfant",
  // The CRDS is withheld from family benefits (ordonnance 96-50, art. 15 ; CSS art. L136-1-3), as a negative amount.
  reference: css("L136-1-3"),
  formulas: {
    "2004-01-01": ({ famille, period, parameters }) => {
      const crds: number = parameters(period).prelevements_sociaux.contributions_sociales.crds;
      return mul(famille("paje", period), -crds);
    },
  },
});
