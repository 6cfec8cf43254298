import { div, eq, mul, select } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeEducation } from "../../src/legal-references.ts";
import { roundHalfEven } from "../../src/jeunes-helpers.ts";
import { TypesScolarite } from "../common/scolarite.ts";

export const bourse_college = defineVariable({
  name: "bourse_college",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Montant annuel de la bourse de collège",
  // For each child à charge at the collège, the echelon's amount, a share of the base mensuelle
  // des allocations familiales of 1 January of the school year, paid by term: rounded to a multiple
  // of 3 (Code de l'éducation, art. L531-1 and D531-7).
  reference: codeEducation("L531-1", "D531-7"),
  formulas: {
    "2014-01-01": ({ famille, period, parameters }) => {
      const bareme = parameters(period).prestations_sociales.education.bourses.bourses_education.bourse_college;
      const bmaf = parameters(period.thisYear.firstMonth).prestations_sociales.prestations_familiales.bmaf.bmaf;
      const collegiens = famille.sum(eq(famille.members("scolarite", period), TypesScolarite.index("college")), "enfant");
      const echelon = famille("bourse_college_echelon", period);
      const partDeBmaf = select([
        [eq(echelon, 3), bareme.montant_taux_3],
        [eq(echelon, 2), bareme.montant_taux_2],
        [eq(echelon, 1), bareme.montant_taux_1],
      ]);
      const parTrimestre = roundHalfEven(div(mul(partDeBmaf, bmaf), 3));
      return mul(collegiens, mul(parTrimestre, 3));
    },
  },
});
