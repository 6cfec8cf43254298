import { allOf, eq, le, not, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const css_participation_forfaitaire = defineVariable({
  name: "css_participation_forfaitaire",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Participation financière du foyer à la complémentaire santé solidaire avec participation",
  // For a foyer over the plafond without participation and under it raised by 35 % (CSS art.
  // L861-1, 2°), who pays the participation of L861-11; not in Mayotte.
  reference: css("L861-1", "L861-11"),
  formulas: {
    "2019-11-01": ({ famille, period }) => {
      const mayotte = famille.valueFromPerson(famille.persons.group("menage", "residence_mayotte", period), "demandeur");
      const eligible = allOf(
        famille("css_cmu_acs_eligibilite", period),
        not(mayotte),
        eq(famille("cmu_c", period), 0),
        eq(famille("acs", period), 0),
        le(famille("css_cmu_base_ressources", period), famille("acs_plafond", period)),
      );
      return where(eligible, famille("css_participation_forfaitaire_montant", period));
    },
  },
});
