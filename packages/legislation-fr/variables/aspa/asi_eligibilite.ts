import { allOf, anyOf, gt, not } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const asi_eligibilite = defineVariable({
  name: "asi_eligibilite",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Remplit les conditions personnelles de l'allocation supplémentaire d'invalidité",
  // Receiving an invalidity pension, or, disabled, an old-age pension (taken early for
  // invalidity or unfitness), before the age of the ASPA, with the nationality or residence
  // permit condition (CSS art. L815-24 and L816-1). The resources are checked by `asi`.
  reference: css("L815-24", "L816-1"),
  formulas: {
    "0001-01-01": ({ individu, period }) => {
      const pensionInvalidite = gt(individu("pensions_invalidite", period), 0);
      const retraiteHandicap = allOf(individu("handicap", period), gt(individu("retraite_nette", period.firstMonth.offset(-1)), 0));
      return allOf(
        not(individu("aspa_eligibilite", period)),
        individu("asi_aspa_condition_nationalite", period),
        anyOf(pensionInvalidite, retraiteHandicap),
      );
    },
  },
});
