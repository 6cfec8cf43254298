import { add, allOf, anyOf, eq, gt, lt } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { TypesActivite } from "../common/activite.ts";

export const aide_logement_abattement_revenus_activite_professionnelle = defineVariable({
  name: "aide_logement_abattement_revenus_activite_professionnelle",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Abattement sur les revenus d'activité (chômage indemnisé, retraite, AAH) : 1 s'il s'applique",
  // A person unemployed for more than two months, or retired or receiving the AAH without any
  // activity income left, has the activity income of the reference period reduced by 30 % (CCH
  // art. R822-13 and R822-14).
  reference: cch("R822-13", "R822-14"),
  formulas: {
    "0001-01-01": ({ individu, period }) => {
      const activite = individu("activite", period);
      const n2 = period.thisYear.offset(-2, "year");
      const revenusActivite = add(
        individu("salaire_imposable", period),
        individu("rpns_imposables", n2),
        individu("rpns_pvce", n2),
        individu("rpns_exon", n2),
      );
      const sansActivite = eq(revenusActivite, 0);
      return anyOf(
        allOf(TypesActivite.is(activite, "chomeur"), lt(individu("date_debut_chomage", period), period.firstMonth.offset(-2).start.days)),
        allOf(TypesActivite.is(activite, "retraite"), sansActivite),
        allOf(gt(individu("aah", period), 0), sansActivite),
      );
    },
  },
});
