import { div, eq, mul, select, type Period, type Population } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeEducation } from "../../src/legal-references.ts";
import { roundHalfEven } from "../../src/jeunes-helpers.ts";
import { TypesScolarite } from "../common/scolarite.ts";

const ECHELONS = [6, 5, 4, 3, 2, 1] as const;

export const bourse_lycee = defineVariable({
  name: "bourse_lycee",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Montant annuel de la bourse de lycée",
  // For each child à charge at the lycée. Since the 2016 school year, the echelon's amount, a
  // multiple of the base mensuelle des allocations familiales of 1 January of the school year,
  // paid by term: rounded to a multiple of 3 (Code de l'éducation, art. L531-4 and D531-29);
  // before, the number of parts times the value of a part.
  reference: codeEducation("L531-4", "D531-29"),
  formulas: {
    "2014-01-01": ({ famille, period, parameters }) => {
      const valeurPart = parameters(period).prestations_sociales.education.bourses.bourses_education.bourse_lycee.avant_2016.valeur_part;
      const parts = famille("bourse_lycee_nombre_parts", period);
      return mul(mul(parts, valeurPart), lyceens(famille, period));
    },
    "2016-07-01": ({ famille, period, parameters }) => {
      const bareme = parameters(period).prestations_sociales.education.bourses.bourses_education.bourse_lycee.apres_2016;
      const bmaf = parameters(period.thisYear.firstMonth).prestations_sociales.prestations_familiales.bmaf.bmaf;
      const echelon = famille("bourse_lycee_echelon", period);
      const enBmaf = select(ECHELONS.map((e) => [eq(echelon, e), bareme[`echelon_${e}`].montant] as const));
      const parTrimestre = roundHalfEven(div(mul(enBmaf, bmaf), 3));
      return mul(lyceens(famille, period), mul(parTrimestre, 3));
    },
  },
});

/** The famille's children à charge at the lycée. */
function lyceens(famille: Population, period: Period): Float64Array {
  return famille.sum(eq(famille.members("scolarite", period), TypesScolarite.index("lycee")), "enfant");
}
