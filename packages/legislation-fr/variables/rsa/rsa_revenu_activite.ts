import { defineVariable } from "@zero/engine";
import { casf } from "../../src/legal-references.ts";

export const rsa_revenu_activite = defineVariable({
  name: "rsa_revenu_activite",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  label: "Revenus d'activité du foyer RSA (moyenne du trimestre de référence)",
  reference: casf("R262-6", "R262-7"),
  formulas: {
    "0001-01-01": ({ famille, period }) => {
      const revenus = famille.members("rsa_revenu_activite_individu", period);
      const parent = famille.memberHasRole("parent");
      const enfant = famille.members("rsa_enfant_a_charge", period);
      const compte = new Float64Array(revenus.length);
      for (let i = 0; i < compte.length; i++) compte[i] = parent[i] || enfant[i] ? revenus[i]! : 0;
      return famille.sum(compte);
    },
  },
});
