import { mul } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";

export const crds_logement = defineVariable({
  name: "crds_logement",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  calculateOutput: "add",
  label: "CRDS prélevée sur l'aide au logement",
  // The contribution pour le remboursement de la dette sociale on the aide, as a negative amount
  // (ordonnance n° 96-50 du 24 janvier 1996, art. 14).
  reference: ["Ordonnance n° 96-50 du 24 janvier 1996, art. 14", "https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000006286089"],
  formulas: {
    "0001-01-01": ({ famille, period, parameters }) => {
      const crds: number = parameters(period).prelevements_sociaux.contributions_sociales.crds;
      return mul(famille("aide_logement_montant_brut_crds", period), -crds);
    },
  },
});
