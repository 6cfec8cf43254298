import { allOf, ge, not } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const enfant_majeur_celibataire_sans_enfant = defineVariable({
  name: "enfant_majeur_celibataire_sans_enfant",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "year",
  label: "Enfant majeur célibataire sans enfant rattaché au foyer fiscal",
  // A child of age on 1 January, not disabled, who asks to be attached (CGI art. 6, 3).
  reference: cgi("6", "196 B"),
  formulas: {
    "0001-01-01": ({ individu, period }) => {
      const janvier = period.firstMonth;
      return allOf(
        individu.hasRole("foyer_fiscal", "personne_a_charge"),
        ge(individu("age", janvier), 18),
        not(individu("handicap", janvier)),
      );
    },
  },
});
