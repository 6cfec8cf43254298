import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";
import { majorationsPpa } from "../../src/bareme-foyer.ts";
import { forfaitLogement } from "../../src/forfait-logement.ts";
import { notBefore } from "../../src/formula-helpers.ts";

export const ppa_forfait_logement = defineVariable({
  name: "ppa_forfait_logement",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  label: "Forfait logement de la prime d'activité",
  // As for the RSA, with the prime d'activité's amounts (CSS art. R844-3).
  reference: css("R844-3"),
  formulas: {
    "0001-01-01": ({ famille, period, parameters }) => {
      const ppa = parameters(notBefore(period, "2016-01")).prestations_sociales.solidarite_insertion.minima_sociaux.ppa;
      const base: number = ppa.pa_m.montant_de_base;
      const taux = ppa.pa_fl.taux_forfait_logement;
      const majorations = majorationsPpa(ppa);
      return forfaitLogement(famille, period, base, [taux.foyer_1_personne, taux.foyer_2_personnes, taux.foyer_3_personnes], majorations);
    },
  },
});
