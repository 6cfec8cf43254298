import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";
import { majorationsPpa, montantSelonFoyer } from "../../src/bareme-foyer.ts";
import { notBefore } from "../../src/formula-helpers.ts";

export const ppa_montant_forfaitaire_familial_non_majore = defineVariable({
  name: "ppa_montant_forfaitaire_familial_non_majore",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  label: "Montant forfaitaire de la prime d'activité selon la composition du foyer",
  reference: css("L842-3", "D843-1"),
  formulas: {
    "0001-01-01": ({ famille, period, parameters }) => {
      const ppa = parameters(notBefore(period, "2016-01")).prestations_sociales.solidarite_insertion.minima_sociaux.ppa;
      const base: number = ppa.pa_m.montant_de_base;
      const majorations = majorationsPpa(ppa);
      const parents = famille("nb_parents", period);
      const enfants = famille("rsa_nb_enfants", period);
      return montantSelonFoyer(base, parents, enfants, majorations);
    },
  },
});
