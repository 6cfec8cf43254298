import { anyOf } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { casf, css } from "../../src/legal-references.ts";

export const rsa_membre_foyer = defineVariable({
  name: "rsa_membre_foyer",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  label: "Membre du foyer dont le RSA et la prime d'activité comptent les ressources (parent ou enfant à charge)",
  // The resources counted are those of the allocataire, of the conjoint and of the
  // children à charge (CASF art. R262-6; CSS art. R844-1 for the prime d'activité). One
  // variable, so that the many sums over the foyer of a month read it from the cache.
  reference: [...casf("R262-6"), ...css("R844-1")],
  formulas: {
    "0001-01-01": ({ individu, period }) => anyOf(individu.hasRole("famille", "parent"), individu("rsa_enfant_a_charge", period)),
  },
});
