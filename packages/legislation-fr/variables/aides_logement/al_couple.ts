import { anyOf } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";

export const al_couple = defineVariable({
  name: "al_couple",
  entity: "famille",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Barème « couple » des aides au logement",
  // A couple; a pregnant woman living alone has the barème of a couple too (enceinte_fam).
  reference: cch("L823-1"),
  formulas: {
    "0001-01-01": ({ famille, period }) => anyOf(famille("en_couple", period), famille("enceinte_fam", period)),
  },
});
