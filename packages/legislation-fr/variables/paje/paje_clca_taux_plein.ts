import { allOf, gt } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const paje_clca_taux_plein = defineVariable({
  name: "paje_clca_taux_plein",
  entity: "famille",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  end: "2017-04-01",
  label: "Complément de libre choix d'activité à taux plein",
  // A CLCA paid to a parent who stopped working (CSS art. L531-4 and D531-4).
  reference: css("L531-4", "D531-4"),
  formulas: {
    "2004-01-01": ({ famille, period }) => allOf(gt(famille("paje_clca", period), 0), famille("inactif", period)),
  },
});
