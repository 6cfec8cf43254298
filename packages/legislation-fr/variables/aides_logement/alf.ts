import { allOf, ge, not, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { menageDuDemandeur } from "../../src/aides-logement.ts";

export const alf = defineVariable({
  name: "alf",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  calculateOutput: "add",
  label: "Allocation de logement familiale",
  // Outside a conventionné dwelling, the aide of a household with a dependant (CCH art. L821-1,
  // 2°, and L841-1); none when the landlord is a close relative (art. L822-2). Not modelled:
  // young married couples and pregnant women without dependants.
  reference: cch("L821-1", "L841-1", "L822-2"),
  formulas: {
    "0001-01-01": ({ famille, period }) => {
      const eligible = allOf(
        ge(famille("al_nb_personnes_a_charge", period), 1),
        not(menageDuDemandeur(famille, "logement_conventionne", period)),
        not(famille("proprietaire_proche_famille", period)),
      );
      return where(eligible, famille("aide_logement_montant", period));
    },
  },
});
