import { allOf } from "@zero/engine";
import { TypesContratDeTravail } from "../common/contrat_de_travail.ts";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const ppe_tp_sa = defineVariable({
  name: "ppe_tp_sa",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "year",
  label: "Prime pour l'emploi des salariés: indicateur de travail à temps plein sur l'année entière",
  // Box 1AX of the declaration: full time every month of the year (CGI art. 200 sexies, I, B, 3°).
  reference: cgi("200 sexies"),
  formulas: {
    "0001-01-01": ({ individu, period }) =>
      allOf(...period.months().map((mois) => TypesContratDeTravail.is(individu("contrat_de_travail", mois), "temps_plein"))),
  },
});
