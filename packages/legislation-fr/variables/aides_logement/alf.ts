import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";

export const alf = defineVariable({
  name: "alf",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Allocation de logement familiale",
  // The aide au logement, when it is not the APL, of a household with a dependant
  // (CCH art. L821-1, 2°, and L841-1). Not modelled: young married couples and pregnant
  // women without dependants.
  reference: cch("L821-1", "L841-1"),
  formulas: {
    "2002-01-01": ({ famille, period }) => {
      const aide = famille("aide_logement", period);
      const apl = famille("apl", period);
      const pac = famille("al_nb_personnes_a_charge", period);
      const out = new Float64Array(famille.count);
      for (let i = 0; i < out.length; i++) if (apl[i] === 0 && pac[i]! > 0) out[i] = aide[i]!;
      return out;
    },
  },
});
