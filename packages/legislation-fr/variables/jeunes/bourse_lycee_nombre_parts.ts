import { add, le, mul, select, sub } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeEducation } from "../../src/legal-references.ts";
import { foyerFiscalDuDemandeur, roundHalfEven } from "../../src/jeunes-helpers.ts";

const PARTS = [10, 9, 8, 7, 6, 5, 4, 3] as const;

export const bourse_lycee_nombre_parts = defineVariable({
  name: "bourse_lycee_nombre_parts",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  end: "2016-07-01",
  label: "Nombre de parts pour le calcul du montant de la bourse de lycée",
  // Until the 2016 school year, the number of parts (3 to 10) is the highest whose ceiling the
  // revenu fiscal de référence of the year before last does not exceed; each ceiling is set for
  // 9 points de charge and raised by an increment for each point beyond (Code de l'éducation,
  // art. D531-21 and D531-22 in their version before the décret n° 2016-328).
  reference: codeEducation("L531-4", "D531-21", "D531-22"),
  formulas: {
    "2014-01-01": ({ famille, period, parameters }) => {
      const bareme = parameters(period).prestations_sociales.education.bourses.bourses_education.bourse_lycee.avant_2016;
      const points = famille("bourse_lycee_points_de_charge", period);
      const rfr = foyerFiscalDuDemandeur(famille, "rfr", period.thisYear.offset(-2, "year"));
      const pointsAuDela = sub(points, 9);
      return select(
        PARTS.map((parts) => {
          const plafond = roundHalfEven(
            add(bareme.plafonds_reference[`${parts}_parts`], mul(pointsAuDela, bareme.increments_par_point_de_charge[`${parts}_parts`])),
          );
          return [le(rfr, plafond), parts] as const;
        }),
        0,
      );
    },
  },
});
