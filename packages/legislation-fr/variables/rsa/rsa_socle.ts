import { defineVariable } from "../../src/define-variable.ts";
import { casf } from "../../src/legal-references.ts";
import { majorationsRsa, montantSelonFoyer } from "../../src/bareme-foyer.ts";

export const rsa_socle = defineVariable({
  name: "rsa_socle",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  label: "Montant forfaitaire du RSA selon la composition du foyer",
  reference: casf("L262-2", "R262-1"),
  formulas: {
    "2009-06-01": ({ famille, period, parameters }) => {
      const rsa = parameters(period).prestations_sociales.solidarite_insertion.minima_sociaux.rsa;
      const base: number = rsa.rsa_m.montant_de_base_du_rsa;
      const majorations = majorationsRsa(rsa);
      const parents = famille("nb_parents", period);
      const enfants = famille("rsa_nb_enfants", period);
      return montantSelonFoyer(base, parents, enfants, majorations);
    },
  },
});
