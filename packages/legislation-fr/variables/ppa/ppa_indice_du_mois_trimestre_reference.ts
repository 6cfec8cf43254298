import { Instant } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const ppa_indice_du_mois_trimestre_reference = defineVariable({
  name: "ppa_indice_du_mois_trimestre_reference",
  entity: "famille",
  valueType: "int",
  definitionPeriod: "month",
  label: "Rang du mois (0, 1 ou 2) dans le trimestre de droit à la prime d'activité",
  // Quarters of right start on the month of the claim (CSS art. L843-1 and R843-1). Without
  // a claim date, its default (1970-01-01, as in OpenFisca) gives the calendar quarters.
  reference: css("L843-1", "R843-1"),
  formulas: {
    "2016-01-01": ({ famille, period }) => {
      const demande = famille("ppa_mois_demande", "ETERNITY");
      const mois = period.start.year * 12 + period.start.month - 1;
      const out = new Int32Array(famille.count);
      // Households share few claim dates (most the default): the last one's rank is kept.
      let jours = NaN;
      let rang = 0;
      for (let i = 0; i < out.length; i++) {
        if (demande[i] !== jours) {
          jours = demande[i]!;
          const d = Instant.fromDays(jours);
          const ecart = mois - (d.year * 12 + d.month - 1);
          rang = ((ecart % 3) + 3) % 3;
        }
        out[i] = rang;
      }
      return out;
    },
  },
});
