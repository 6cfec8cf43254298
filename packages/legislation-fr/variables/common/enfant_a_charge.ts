import { allOf, anyOf, lt } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const enfant_a_charge = defineVariable({
  name: "enfant_a_charge",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "year",
  label: "Enfant à charge du foyer fiscal : mineur au 1er janvier de l'année des revenus, ou handicapé quel que soit son âge",
  reference: cgi("196"),
  formulas: {
    "0001-01-01": ({ individu, period }) => {
      const mineur = lt(individu("age", period.firstMonth), 18);
      const handicap = individu("handicap", period.firstMonth.offset(11));
      return allOf(individu.hasRole("foyer_fiscal", "personne_a_charge"), anyOf(mineur, handicap));
    },
  },
});
