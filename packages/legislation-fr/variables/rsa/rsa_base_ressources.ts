import { add } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { sumOverRsaFoyer } from "../../src/formula-helpers.ts";
import { casf } from "../../src/legal-references.ts";

export const rsa_base_ressources = defineVariable({
  name: "rsa_base_ressources",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  label: "Ressources du foyer retenues pour le RSA",
  // Resources of the allocataire, the conjoint and the children à charge, plus family
  // benefits and notional capital income (CASF art. L262-3, R262-6 and R262-7).
  reference: casf("L262-3", "R262-6", "R262-7"),
  formulas: {
    "0001-01-01": ({ famille, period }) => {
      return add(
        sumOverRsaFoyer(famille, famille.members("rsa_base_ressources_individu", period), period),
        famille("rsa_base_ressources_prestations_familiales", period),
        famille("rsa_base_ressources_minima_sociaux", period),
        famille("rsa_base_ressources_patrimoine", period),
      );
    },
  },
});
