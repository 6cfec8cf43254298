import { add } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const prestations_sociales = defineVariable({
  name: "prestations_sociales",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "year",
  label: "Prestations sociales",
  // Family benefits, minima sociaux, housing benefits and the RLS, the exceptional Covid aids (inputs).
  reference: css("L511-1"),
  formulas: {
    "0001-01-01": ({ famille, period }) =>
      add(
        famille("prestations_familiales", period),
        famille("minima_sociaux", period),
        famille("aides_logement", period),
        famille("reduction_loyer_solidarite", period, "add"),
        famille("covid_aide_exceptionnelle_famille_montant", period, "add"),
        famille.sum(famille.members("covid_aide_exceptionnelle_tpe_montant", period, "add")),
      ),
  },
});
