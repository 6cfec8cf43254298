import { defineVariable } from "@zero/engine";
import { toutNul } from "../../src/formula-helpers.ts";
import { css } from "../../src/legal-references.ts";

export const ppa_revenu_activite = defineVariable({
  name: "ppa_revenu_activite",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  label: "Revenus professionnels du foyer retenus pour la prime d'activité, pour un mois",
  reference: css("L842-3", "L842-4"),
  formulas: {
    "0001-01-01": ({ famille, period }) => {
      const revenus = famille.members("ppa_revenu_activite_individu", period);
      if (toutNul(revenus)) return 0; // nobody earns: no child's resources to weigh
      const parent = famille.memberHasRole("parent");
      const enfant = famille.members("rsa_enfant_a_charge", period);
      const compte = new Float64Array(revenus.length);
      for (let i = 0; i < compte.length; i++) compte[i] = parent[i] || enfant[i] ? revenus[i]! : 0;
      return famille.sum(compte);
    },
  },
});
