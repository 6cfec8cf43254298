import { defineVariable } from "../../src/define-variable.ts";
import { sumOverRsaFoyer, toutNul } from "../../src/formula-helpers.ts";
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
      return sumOverRsaFoyer(famille, revenus, period);
    },
  },
});
