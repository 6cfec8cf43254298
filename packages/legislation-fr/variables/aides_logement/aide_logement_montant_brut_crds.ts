import { maximum, mul, sub } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";

export const aide_logement_montant_brut_crds = defineVariable({
  name: "aide_logement_montant_brut_crds",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Aide au logement avant CRDS, après la reprise de la réduction de loyer de solidarité",
  // Since 2018, the aide of a tenant granted the RLS is reduced by a share of it (CCH art.
  // L823-4 ; décret n° 2018-136 du 27 février 2018).
  reference: [
    ...cch("L823-4", "L442-2-1"),
    "Décret n° 2018-136 du 27 février 2018, art. 1er",
    "https://www.legifrance.gouv.fr/eli/decret/2018/2/27/2018-136/jo/article_1",
  ],
  formulas: {
    "0001-01-01": ({ famille, period }) => famille("aide_logement_montant_brut", period),
    "2018-01-01": ({ famille, period, parameters }) => {
      const fraction: number =
        parameters(period).prestations_sociales.aides_logement.reduction_loyer_solidarite.fraction_baisse_aide_logement;
      const reprise = mul(famille("reduction_loyer_solidarite", period), fraction);
      return maximum(0, sub(famille("aide_logement_montant_brut", period), reprise));
    },
  },
});
