import { add, mul } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { casf } from "../../src/legal-references.ts";

export const rsa_socle_majore = defineVariable({
  name: "rsa_socle_majore",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  label: "Montant forfaitaire majoré du RSA (parent isolé ou femme enceinte isolée)",
  // 128.412 % of the base amount, plus 42.804 % per child (CASF art. L262-9 and R262-1).
  reference: casf("L262-9", "R262-1"),
  formulas: {
    "2009-06-01": ({ famille, period, parameters }) => {
      const rsa = parameters(period).prestations_sociales.solidarite_insertion.minima_sociaux.rsa;
      const base: number = rsa.rsa_m.montant_de_base_du_rsa;
      const maj = rsa.rsa_maj.majoration_isolement_en_base_rsa;
      const enfants = famille("rsa_nb_enfants", period);
      return mul(base, add(maj.femmes_enceintes, mul(maj.par_enfant_a_charge, enfants)));
    },
  },
});
