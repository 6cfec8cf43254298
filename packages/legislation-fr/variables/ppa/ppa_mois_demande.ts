import { defineVariable } from "@zero/engine";
import { css } from "../../src/legal-references.ts";

export const ppa_mois_demande = defineVariable({
  name: "ppa_mois_demande",
  entity: "individu",
  valueType: "str",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Mois de la demande de prime d'activité (AAAA-MM)",
  reference: css("R843-1"),
});
