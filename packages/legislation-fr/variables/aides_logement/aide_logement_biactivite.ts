import { add, allOf, eq, ge } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";

export const aide_logement_biactivite = defineVariable({
  name: "aide_logement_biactivite",
  entity: "famille",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Double activité du couple (abattement des aides au logement)",
  // Two parents each with activity income of at least twelve BMAF (the « double activité » of
  // CCH art. R822-4).
  reference: cch("R822-4"),
  formulas: {
    "0001-01-01": ({ famille, period, parameters }) => {
      const bmaf: number = parameters(period).prestations_sociales.prestations_familiales.bmaf.bmaf;
      const annee = period.thisYear;
      const revenus = add(
        famille.members("salaire_imposable", period, "add"),
        famille.members("f1tt", annee),
        famille.members("f3vj", annee),
        famille.members("rpns_imposables", annee),
      );
      const chacun = famille.all(ge(revenus, 12 * bmaf), "parent");
      const deuxParents = eq(famille.nbPersons("parent"), 2);
      return allOf(deuxParents, chacun);
    },
  },
});
