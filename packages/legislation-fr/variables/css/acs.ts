import { allOf, eq, le, not, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const acs = defineVariable({
  name: "acs",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  end: "2021-05-01",
  label: "Aide au paiement d'une complémentaire santé (ACS), montant annuel",
  // For a foyer without the CMU-C whose resources are under the ACS's plafond (CSS art.
  // L863-1), not in Mayotte. Replaced by the complémentaire santé solidaire with participation
  // from November 2019 (loi n° 2018-1203 du 22 décembre 2018, art. 52).
  reference: css("L863-1"),
  formulas: {
    "0001-01-01": ({ famille, period }) => {
      const mayotte = famille.valueFromPerson(famille.persons.group("menage", "residence_mayotte", period), "demandeur");
      const eligible = allOf(
        famille("css_cmu_acs_eligibilite", period),
        not(mayotte),
        eq(famille("cmu_c", period), 0),
        le(famille("css_cmu_base_ressources", period), famille("acs_plafond", period)),
      );
      return where(eligible, famille("acs_montant", period));
    },
    "2019-11-01": () => 0,
  },
});
