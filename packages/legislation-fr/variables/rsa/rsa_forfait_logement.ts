import { defineVariable } from "@zero/engine";
import { casf } from "../../src/legal-references.ts";
import { coefficientForfaitLogement, majorationsRsa } from "../../src/bareme-foyer.ts";

export const rsa_forfait_logement = defineVariable({
  name: "rsa_forfait_logement",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  label: "Forfait logement du RSA",
  // 12 %, 16 % or 16.5 % of the montant forfaitaire for 1, 2 or 3+ persons, when
  // housed without rent or, within the housing benefit received, when receiving one
  // (CASF art. R262-9 and R262-10).
  reference: casf("R262-9", "R262-10"),
  formulas: {
    "2009-06-01": ({ famille, period, parameters }) => {
      const rsa = parameters(period).prestations_sociales.solidarite_insertion.minima_sociaux.rsa;
      const base: number = rsa.rsa_m.montant_de_base_du_rsa;
      const taux = rsa.rsa_fl.forfait_logement;
      const majorations = majorationsRsa(rsa);
      const parents = famille("nb_parents", period);
      const enfants = famille("rsa_nb_enfants", period);
      const aideLogement = famille("aide_logement", period);
      const sansCharge = famille.valueFromPerson(famille.members("logement_sans_charge_individu", period), "demandeur");
      const out = new Float64Array(famille.count);
      for (let i = 0; i < out.length; i++) {
        const n = Math.min(3, parents[i]! + enfants[i]!);
        const t = n === 1 ? taux.taux_1_personne : n === 2 ? taux.taux_2_personnes : taux.taux_3_personnes_ou_plus;
        const forfait = base * coefficientForfaitLogement(n, majorations) * t;
        if (sansCharge[i]) out[i] = forfait;
        else if (aideLogement[i]! > 0) out[i] = Math.min(forfait, aideLogement[i]!);
      }
      return out;
    },
  },
});
