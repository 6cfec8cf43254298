import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const ppa_mois_demande = defineVariable({
  name: "ppa_mois_demande",
  entity: "famille",
  valueType: "date",
  definitionPeriod: "eternity",
  label: "Date de la demande de prime d'activité, dont le mois fixe le découpage en trimestres",
  // The right is set for three months from the month of the claim (CSS art. L843-1 and R843-1).
  reference: css("L843-1", "R843-1"),
});
