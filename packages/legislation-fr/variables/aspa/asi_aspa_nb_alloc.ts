import { add } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const asi_aspa_nb_alloc = defineVariable({
  name: "asi_aspa_nb_alloc",
  entity: "famille",
  valueType: "int",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Nombre de parents de la famille remplissant les conditions de l'ASPA ou de l'ASI",
  // The amounts and ceilings of both allowances depend on whether one or both members of
  // the couple may receive one of them (CSS art. L815-9, L815-24, D815-1 and D815-20).
  reference: css("L815-9", "L815-24", "D815-1", "D815-20"),
  formulas: {
    "0001-01-01": ({ famille, period }) =>
      add(
        famille.sum(famille.members("asi_eligibilite", period), "parent"),
        famille.sum(famille.members("aspa_eligibilite", period), "parent"),
      ),
  },
});
