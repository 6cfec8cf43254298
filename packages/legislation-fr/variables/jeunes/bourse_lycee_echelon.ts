import { le, mul, select } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeEducation } from "../../src/legal-references.ts";
import { foyerFiscalDuDemandeur, nombreEnfants, plafondSelonEnfants, roundHalfEven } from "../../src/jeunes-helpers.ts";

const ECHELONS = [6, 5, 4, 3, 2, 1] as const;

export const bourse_lycee_echelon = defineVariable({
  name: "bourse_lycee_echelon",
  entity: "famille",
  valueType: "int",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Échelon de la bourse de lycée attribuée",
  // Since the 2016 school year: six echelons, the highest whose ceiling the revenu fiscal de
  // référence of the year before last does not exceed; the ceilings grow with the children à
  // charge and are multiples of the SMIC horaire brut of 1 July of that year (Code de l'éducation,
  // art. L531-4 and D531-21; arrêté du 22 mars 2016). 0: no bourse.
  reference: [
    ...codeEducation("L531-4", "D531-21"),
    "Arrêté du 22 mars 2016 fixant les modalités de détermination des plafonds de ressources de la bourse nationale d'études du second degré de lycée",
    "https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000032325028",
  ],
  formulas: {
    "2016-07-01": ({ famille, period, parameters }) => {
      const bareme = parameters(period).prestations_sociales.education.bourses.bourses_education.bourse_lycee.apres_2016;
      const anneeN2 = period.thisYear.offset(-2, "year");
      const rfr = foyerFiscalDuDemandeur(famille, "rfr", anneeN2);
      const smic = parameters(anneeN2.firstMonth.offset(6)).marche_travail.salaire_minimum.smic.smic_b_horaire;
      const nbEnfants = nombreEnfants(famille, period);
      return select(
        ECHELONS.map((echelon) => {
          const e = bareme[`echelon_${echelon}`];
          const plafonds = [
            e.plafond_1e,
            e.plafond_2e,
            e.plafond_3e,
            e.plafond_4e,
            e.plafond_5e,
            e.plafond_6e,
            e.plafond_7e,
            e.plafond_8e,
          ] as const;
          return [le(rfr, roundHalfEven(mul(plafondSelonEnfants(nbEnfants, plafonds), smic))), echelon] as const;
        }),
        0,
      );
    },
  },
});
