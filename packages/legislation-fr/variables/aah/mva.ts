import { gt, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const mva = defineVariable({
  name: "mva",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Majoration pour la vie autonome",
  // Its monthly amount when the famille receives an aide au logement (CSS art. L821-1-2 and
  // D821-3); the other conditions: eligibilite_caah.
  reference: css("L821-1-2", "D821-3"),
  formulas: {
    "2015-07-01": ({ individu, period, parameters }) => {
      const montant: number = parameters(period).prestations_sociales.prestations_etat_de_sante.invalidite.caah.majoration_vie_autonome;
      return where(gt(individu.group("famille", "aide_logement_montant", period), 0), montant);
    },
  },
});
