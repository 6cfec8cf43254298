import { add, mul } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";
import { notBefore } from "../../src/formula-helpers.ts";

export const ppa_montant_forfaitaire_familial_majore = defineVariable({
  name: "ppa_montant_forfaitaire_familial_majore",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  label: "Montant forfaitaire majoré de la prime d'activité (personne isolée)",
  // Same majoration for isolation as the RSA (CSS art. L842-7 and D843-1).
  reference: css("L842-7", "D843-1"),
  formulas: {
    "0001-01-01": ({ famille, period, parameters }) => {
      const ppa = parameters(notBefore(period, "2016-01")).prestations_sociales.solidarite_insertion.minima_sociaux.ppa;
      const base: number = ppa.pa_m.montant_de_base;
      const maj = ppa.pa_m.majoration_isolement;
      const enfants = famille("rsa_nb_enfants", period);
      return mul(base, add(maj.femmes_enceintes, mul(maj.par_enfant_charge, enfants)));
    },
  },
});
