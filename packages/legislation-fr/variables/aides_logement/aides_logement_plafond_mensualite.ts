import { anyOf, select } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { menageDuDemandeur, statutDuDemandeur } from "../../src/aides-logement.ts";

export const aides_logement_plafond_mensualite = defineVariable({
  name: "aides_logement_plafond_mensualite",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Mensualité ou équivalence de loyer plafond (accession ou foyer)",
  // The accédant's mensualité plafond, or the foyer's equivalence de loyer plafond (CCH art. L823-1).
  reference: cch("L823-1"),
  formulas: {
    "0001-01-01": ({ famille, period }) =>
      select(
        [
          [
            menageDuDemandeur(famille, "aides_logement_primo_accedant_eligibilite", period),
            famille("aides_logement_primo_accedant_plafond_mensualite", period),
          ],
          [
            anyOf(statutDuDemandeur(famille, period, "locataire_foyer"), menageDuDemandeur(famille, "logement_crous", period)),
            famille("aides_logement_foyer_plafond_mensualite", period),
          ],
        ],
        0,
      ),
  },
});
