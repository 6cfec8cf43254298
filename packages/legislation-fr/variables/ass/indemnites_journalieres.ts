import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";
import { sumOf } from "../../src/formula-helpers.ts";
import { datedList } from "../../src/ressources.ts";

/** The daily allowances of the social security, of every cause. */
const INDEMNITES_JOURNALIERES = datedList([
  {
    since: "1945-10-01",
    source: "CSS art. L321-1, L331-3, L331-7, L331-8 et L433-1",
    items: [
      "indemnites_journalieres_maternite",
      "indemnites_journalieres_paternite",
      "indemnites_journalieres_adoption",
      "indemnites_journalieres_maladie",
      "indemnites_journalieres_accident_travail",
      "indemnites_journalieres_maladie_professionnelle",
    ],
  },
]);

export const indemnites_journalieres = defineVariable({
  name: "indemnites_journalieres",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Indemnités journalières de sécurité sociale, toutes causes",
  // Maternity, paternity, adoption, sickness, work accident and occupational disease daily
  // allowances (CSS art. L321-1, L331-3, L331-8, L331-7 and L433-1), as OpenFisca adds them;
  // the ASS counts them among a conjoint's resources and replacement incomes.
  reference: css("L321-1", "L331-3", "L331-7", "L331-8", "L433-1"),
  formulas: {
    "0001-01-01": ({ individu, period }) => sumOf(individu, INDEMNITES_JOURNALIERES.at(period), period),
  },
});
