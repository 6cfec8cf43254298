import { anyOf, countMembers, eq, ge, gt } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { douzeMoisPrecedents } from "../../src/css.ts";
import { css } from "../../src/legal-references.ts";

export const css_cmu_acs_eligibilite = defineVariable({
  name: "css_cmu_acs_eligibilite",
  entity: "famille",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Foyer pouvant demander la complémentaire santé solidaire (avant la condition de ressources)",
  // A person under 25 may ask for it alone only when independent of their parents: not their
  // dependant for the income tax, not living with them, receiving no alimony in the twelve
  // months (CSS art. R861-2). A foyer with a person à charge, or with a member of 25 or
  // more, may ask for it.
  reference: css("L861-1", "R861-2"),
  formulas: {
    "0001-01-01": ({ famille, period, parameters }) => {
      const ageMin: number = parameters(period).prestations_sociales.solidarite_insertion.minima_sociaux.cs.cmu.age_limite_pac;
      const dependant = anyOf(
        famille.members("enfant_a_charge", period.thisYear),
        famille.members("habite_chez_parents", period),
        gt(famille.members("pensions_alimentaires_percues", douzeMoisPrecedents(period), "add"), 0),
      );
      const independants = eq(countMembers(famille, dependant), 0);
      const majeur = gt(countMembers(famille, ge(famille.members("age", period), ageMin)), 0);
      return anyOf(gt(famille("cmu_nb_pac", period), 0), majeur, independants);
    },
  },
});
