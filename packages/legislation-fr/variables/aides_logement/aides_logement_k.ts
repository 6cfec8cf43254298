import { select } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { menageDuDemandeur } from "../../src/aides-logement.ts";

export const aides_logement_k = defineVariable({
  name: "aides_logement_k",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Coefficient de prise en charge K (foyer ou accession)",
  // The accédant's, the APL's of a foyer conventionné, or the allocation de logement's (CCH art.
  // D832-25).
  reference: cch("D832-25"),
  formulas: {
    "0001-01-01": ({ famille, period }) =>
      select(
        [
          [
            menageDuDemandeur(famille, "aides_logement_primo_accedant_eligibilite", period),
            famille("aides_logement_primo_accedant_k", period),
          ],
          [menageDuDemandeur(famille, "logement_conventionne", period), famille("aides_logement_foyer_k_apl", period)],
        ],
        famille("aides_logement_foyer_k_al", period),
      ),
  },
});
