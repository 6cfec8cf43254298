import { add } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { BCS_REFERENCE } from "../../src/jeunes-bcs.ts";

export const bourse_criteres_sociaux_points_de_charge = defineVariable({
  name: "bourse_criteres_sociaux_points_de_charge",
  entity: "individu",
  valueType: "int",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Points de charge (bourse sur critères sociaux)",
  // Those of the distance and those of the famille's charges (circulaire du 8 juin 2020, annexe 3, 2).
  reference: BCS_REFERENCE,
  formulas: {
    "0001-01-01": ({ individu, period }) =>
      add(
        individu("bourse_criteres_sociaux_points_de_charge_distance_domicile_familial", period),
        individu("bourse_criteres_sociaux_points_de_charge_charges_familiale", period),
      ),
  },
});
