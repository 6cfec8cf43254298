import { allOf, eq, not, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { menageDuDemandeur } from "../../src/aides-logement.ts";

export const als = defineVariable({
  name: "als",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  calculateOutput: "add",
  label: "Allocation de logement sociale",
  // Outside a conventionné dwelling, the aide of a household without dependants (CCH art. L821-1,
  // 3°, and L841-1); none when the landlord is a close relative (art. L822-2).
  reference: cch("L821-1", "L841-1", "L822-2"),
  formulas: {
    "0001-01-01": ({ famille, period }) => {
      const eligible = allOf(
        eq(famille("al_nb_personnes_a_charge", period), 0),
        not(menageDuDemandeur(famille, "logement_conventionne", period)),
        not(famille("proprietaire_proche_famille", period)),
      );
      return where(eligible, famille("aide_logement_montant", period));
    },
  },
});
