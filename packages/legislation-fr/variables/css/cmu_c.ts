import { allOf, anyOf, gt, le, lt, maximum, not, sub, type Period, type Population } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const cmu_c = defineVariable({
  name: "cmu_c",
  entity: "famille",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Droit à la complémentaire santé solidaire sans participation (CMU-C)",
  // Resources of the twelve months under the plafond (CSS art. L861-1, 1°), or the RSA received
  // (L861-2: its beneficiaries are entitled; until 2015, those of the RSA socle only, whose
  // resources are under the montant forfaitaire less the forfait logement). Not in Mayotte.
  reference: css("L861-1", "L861-2", "R861-2"),
  formulas: {
    "0001-01-01": ({ famille, period }) => {
      const rsa = famille("rsa", period);
      const socle = maximum(famille("rsa_socle", period), famille("rsa_socle_majore", period));
      const rsaSocle = allOf(gt(rsa, 0), lt(famille("rsa_base_ressources", period), sub(socle, famille("rsa_forfait_logement", period))));
      return droitCmuC(famille, period, rsaSocle);
    },
    "2016-01-01": ({ famille, period }) => droitCmuC(famille, period, gt(famille("rsa", period), 0)),
  },
});

/** Pre-eligible, not in Mayotte, and under the plafond or receiving the RSA (`rsa`). */
function droitCmuC(famille: Population, period: Period, rsa: Uint8Array): Uint8Array {
  const mayotte = famille.valueFromPerson(famille.persons.group("menage", "residence_mayotte", period), "demandeur");
  const sousPlafond = le(famille("css_cmu_base_ressources", period), famille("cmu_c_plafond", period));
  return allOf(famille("css_cmu_acs_eligibilite", period), not(mayotte), anyOf(sousPlafond, rsa));
}
