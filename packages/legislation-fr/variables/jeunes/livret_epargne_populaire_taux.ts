import { mul } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";

export const livret_epargne_populaire_taux = defineVariable({
  name: "livret_epargne_populaire_taux",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Taux du livret d'épargne populaire (en %)",
  // For an eligible person: from August 2022 to July 2023, the higher of the livret A's rate plus its
  // majoration and the inflation; since 1 August 2023, the rate set by arrêté (Code monétaire et
  // financier, art. L221-16; arrêté du 27 janvier 2021, art. 1er, I, 3°).
  reference: [
    "Code monétaire et financier, article L221-16",
    "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006072026",
    "Arrêté du 27 janvier 2021 relatif aux taux d'intérêt des produits d'épargne réglementée, article 1er, I, 3°",
    "https://www.legifrance.gouv.fr/loda/id/JORFTEXT000043114027/2022-07-31/",
  ],
  formulas: {
    "2022-08-01": ({ individu, period, parameters }) => {
      const epargne = parameters(period).taxation_capital.epargne;
      const taux = Math.max(epargne.livret_a.taux + epargne.livret_a.majoration_base, epargne.taux_inflation);
      return mul(individu("livret_epargne_populaire_eligibilite", period), 100 * taux);
    },
    "2023-08-01": ({ individu, period, parameters }) =>
      mul(
        individu("livret_epargne_populaire_eligibilite", period),
        100 * parameters(period).taxation_capital.epargne.livret_epargne_populaire.taux,
      ),
  },
});
