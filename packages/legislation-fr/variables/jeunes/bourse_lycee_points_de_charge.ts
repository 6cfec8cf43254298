import { add, ge, maximum, mul, not, sub } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeEducation } from "../../src/legal-references.ts";
import { nombreEnfants } from "../../src/jeunes-helpers.ts";

export const bourse_lycee_points_de_charge = defineVariable({
  name: "bourse_lycee_points_de_charge",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  end: "2016-07-01",
  label: "Nombre de points de charge pour la bourse de lycée",
  // Until the 2016 school year, the family's charges in points: 11 for a first child, 1 for the
  // second, 2 each for the third and fourth, 3 for each one after, and 3 more for a parent alone
  // (Code de l'éducation, art. D531-21 in its version before the décret n° 2016-328).
  reference: codeEducation("L531-4", "D531-21"),
  formulas: {
    "0001-01-01": ({ famille, period }) => {
      const n = nombreEnfants(famille, period);
      const isole = not(famille("en_couple", period));
      return add(mul(11, ge(n, 1)), ge(n, 2), mul(2, ge(n, 3)), mul(2, ge(n, 4)), mul(3, maximum(0, sub(n, 4))), mul(3, isole));
    },
  },
});
