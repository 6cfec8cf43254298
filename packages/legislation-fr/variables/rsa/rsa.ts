import { allOf, ge, not, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { casf } from "../../src/legal-references.ts";

export const rsa = defineVariable({
  name: "rsa",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Revenu de solidarité active (RSA) versé",
  // Paid to an eligible foyer when the amount reaches 6 € (CASF art. L262-2 and R262-39).
  reference: casf("L262-2", "L262-4", "R262-39"),
  formulas: {
    "2009-06-01": ({ famille, period, parameters }) => {
      const rsa = parameters(period).prestations_sociales.solidarite_insertion.minima_sociaux.rsa;
      const seuil: number = rsa.rsa_maj.montant_minimum_verse;
      const montant = famille("rsa_montant", period);
      const eligible = famille("rsa_eligibilite", period);
      // Non-zero when the right of a self-employed person is set by the département.
      const nonCalculable = famille("rsa_non_calculable", period);
      return where(allOf(eligible, not(nonCalculable), ge(montant, seuil)), montant);
    },
  },
});
