import { add, allOf, anyOf, eq, gt } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { TypesActivite } from "../common/activite.ts";

export const aide_logement_abattement_indemnites_chomage = defineVariable({
  name: "aide_logement_abattement_indemnites_chomage",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Abattement sur les allocations chômage d'un retraité ou d'un bénéficiaire de l'AAH",
  // A person retired or receiving the AAH, without any activity income left, has the
  // unemployment benefits of the reference period reduced by 30 % (CCH art. R822-13 and R822-14).
  reference: cch("R822-13", "R822-14"),
  formulas: {
    "0001-01-01": ({ individu, period }) => {
      const n2 = period.thisYear.offset(-2, "year");
      const revenusActivite = add(
        individu("salaire_imposable", period),
        individu("rpns_imposables", n2),
        individu("rpns_pvce", n2),
        individu("rpns_exon", n2),
      );
      return allOf(
        anyOf(TypesActivite.is(individu("activite", period), "retraite"), gt(individu("aah", period), 0)),
        eq(revenusActivite, 0),
      );
    },
  },
});
