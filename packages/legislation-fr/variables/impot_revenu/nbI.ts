import { allOf, sumMembers } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const nbI = defineVariable({
  name: "nbI",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Nombre d'enfants à charge en résidence alternée titulaires de la carte d'invalidité",
  // Box I of the return; alternating residence and the disability card as on 1 January.
  reference: cgi("194", "196"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period }) => {
      const janvier = period.firstMonth;
      const aCharge = foyer_fiscal.members("enfant_a_charge", period);
      const gardeAlternee = foyer_fiscal.members("garde_alternee", janvier);
      const invalidite = foyer_fiscal.members("invalidite", janvier);
      return sumMembers(foyer_fiscal, allOf(aCharge, gardeAlternee, invalidite));
    },
  },
});
