import { defineVariable } from "../../src/define-variable.ts";
import { casf } from "../../src/legal-references.ts";
import { majorationsRsa } from "../../src/bareme-foyer.ts";
import { forfaitLogement } from "../../src/forfait-logement.ts";

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
      return forfaitLogement(
        famille,
        period,
        base,
        [taux.taux_1_personne, taux.taux_2_personnes, taux.taux_3_personnes_ou_plus],
        majorations,
      );
    },
  },
});
