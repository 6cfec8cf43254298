import { add, div, mul } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const reduction_enfants_scolarises = defineVariable({
  name: "reduction_enfants_scolarises",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "reduction_enfants_scolarises",
  // A lump sum per child à charge at secondary school or in higher education, halved for a child in
  // alternating residence (boxes 7EA to 7EG) (CGI art. 199 quater F).
  reference: cgi("199 quater F"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period, parameters }) => {
      const p = parameters(period).impot_revenu.calcul_reductions_impots.enfants_scolarises;
      const enfants = (exclusive: string, alternee: string) => add(foyer_fiscal(exclusive, period), div(foyer_fiscal(alternee, period), 2));
      return add(
        mul(p.college, enfants("f7ea", "f7eb")),
        mul(p.lycee, enfants("f7ec", "f7ed")),
        mul(p.universite, enfants("f7ef", "f7eg")),
      );
    },
  },
});
