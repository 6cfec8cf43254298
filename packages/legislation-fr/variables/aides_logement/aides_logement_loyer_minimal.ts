import { where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { menageDuDemandeur } from "../../src/aides-logement.ts";

export const aides_logement_loyer_minimal = defineVariable({
  name: "aides_logement_loyer_minimal",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Équivalence de loyer minimale L0 (foyer ou accession)",
  // The APL's in a conventionné dwelling, the allocation de logement's otherwise (CCH art. D832-26).
  reference: cch("D832-26"),
  formulas: {
    "0001-01-01": ({ famille, period }) =>
      where(
        menageDuDemandeur(famille, "logement_conventionne", period),
        famille("aides_logement_loyer_minimal_apl", period),
        famille("aides_logement_loyer_minimal_al", period),
      ),
  },
});
