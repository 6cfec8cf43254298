import { defineVariable } from "../../src/define-variable.ts";
import { casf } from "../../src/legal-references.ts";

/** The ménage's `logement_sans_charge` seen from each person, so that a famille can read it. */
export const logement_sans_charge_individu = defineVariable({
  name: "logement_sans_charge_individu",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  label: "La personne vit dans un ménage logé sans charge de logement",
  reference: casf("R262-9"),
  formulas: {
    "0001-01-01": ({ individu, period }) => individu.group("menage", "logement_sans_charge", period),
  },
});
