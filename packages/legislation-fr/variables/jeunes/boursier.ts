import { anyOf, gt } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeEducation } from "../../src/legal-references.ts";

export const boursier = defineVariable({
  name: "boursier",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  label: "Élève ou étudiant boursier",
  // Since 2021: a pupil whose famille receives a bourse de collège or de lycée, or a student with a
  // bourse sur critères sociaux or another bourse of higher education (Code de l'éducation, art.
  // L531-1, L531-4 and L821-1). Before, given.
  reference: codeEducation("L531-1", "L531-4", "L821-1"),
  formulas: {
    "2021-01-01": ({ individu, period }) =>
      anyOf(
        gt(individu.group("famille", "bourse_college", period), 0),
        gt(individu.group("famille", "bourse_lycee", period), 0),
        gt(individu("bourse_criteres_sociaux", period), 0),
        gt(individu("bourse_enseignement_sup", period), 0),
      ),
  },
});
