import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const ppa_indice_du_mois_trimestre_reference = defineVariable({
  name: "ppa_indice_du_mois_trimestre_reference",
  entity: "famille",
  valueType: "int",
  definitionPeriod: "month",
  label: "Rang du mois (0, 1 ou 2) dans le trimestre de droit à la prime d'activité",
  // Quarters of right start on the month of the claim (CSS art. L843-1 and R843-1).
  reference: css("L843-1", "R843-1"),
  formulas: {
    "2016-01-01": ({ famille, period }) => {
      const demande = famille.strings("ppa_mois_demande", "ETERNITY");
      const mois = period.start.year * 12 + period.start.month - 1;
      return demande.map((d) => {
        const m = /^(\d{4})-(\d{2})/.exec(d);
        if (!m) return 0;
        const ecart = mois - (Number(m[1]) * 12 + Number(m[2]) - 1);
        return ((ecart % 3) + 3) % 3;
      });
    },
  },
});
