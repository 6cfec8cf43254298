import { defineVariable } from "@zero/engine";
import { css } from "../../src/legal-references.ts";
import { coefficientForfaitLogement, majorationsPpa } from "../../src/bareme-foyer.ts";
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
      const parents = famille("nb_parents", period);
      const enfants = famille("rsa_nb_enfants", period);
      const aideLogement = famille("aide_logement", period);
      const sansCharge = famille.valueFromPerson(famille.members("logement_sans_charge_individu", period), "demandeur");
      const out = new Float64Array(famille.count);
      for (let i = 0; i < out.length; i++) {
        const n = Math.min(3, parents[i]! + enfants[i]!);
        const t = n === 1 ? taux.foyer_1_personne : n === 2 ? taux.foyer_2_personnes : taux.foyer_3_personnes;
        const forfait = base * coefficientForfaitLogement(n, majorations) * t;
        if (sansCharge[i]) out[i] = forfait;
        else if (aideLogement[i]! > 0) out[i] = Math.min(forfait, aideLogement[i]!);
      }
      return out;
    },
  },
});
