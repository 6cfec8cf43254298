import { add, le, mul, select } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeEducation } from "../../src/legal-references.ts";
import { foyerFiscalDuDemandeur, nombreEnfants, plafondSelonEnfants, roundHalfEven } from "../../src/jeunes-helpers.ts";

export const bourse_college_echelon = defineVariable({
  name: "bourse_college_echelon",
  entity: "famille",
  valueType: "int",
  definitionPeriod: "month",
  label: "Échelon de la bourse de collège attribuée",
  // The echelon follows the revenu fiscal de référence of the year before last against ceilings that
  // grow with the children à charge (Code de l'éducation, art. L531-1 and D531-5). Since the 2016
  // school year the ceilings are set in multiples of the SMIC horaire of July of that year
  // (arrêté du 22 mars 2016); before, a base ceiling raised by a share per child. 0: no bourse.
  reference: [
    ...codeEducation("L531-1", "D531-5"),
    "Arrêté du 22 mars 2016 fixant les plafonds de ressources ouvrant droit à la bourse nationale de collège, article 1",
    "https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000032325020",
  ],
  formulas: {
    "2014-01-01": ({ famille, period, parameters }) => {
      const bareme = parameters(period).prestations_sociales.education.bourses.bourses_education.bourse_college.avant_2016;
      const rfr = foyerFiscalDuDemandeur(famille, "rfr", period.thisYear.offset(-2, "year"));
      const coefficientFamille = add(1, mul(nombreEnfants(famille, period), bareme.coeff_enfant_supplementaire));
      const plafond = (base: number) => roundHalfEven(mul(coefficientFamille, base));
      return select(
        [
          [le(rfr, plafond(bareme.plafond_taux_3)), 3],
          [le(rfr, plafond(bareme.plafond_taux_2)), 2],
          [le(rfr, plafond(bareme.plafond_taux_1)), 1],
        ],
        0,
      );
    },
    "2016-07-01": ({ famille, period, parameters }) => {
      const bareme = parameters(period).prestations_sociales.education.bourses.bourses_education.bourse_college.apres_2016;
      const anneeN2 = period.thisYear.offset(-2, "year");
      const rfr = foyerFiscalDuDemandeur(famille, "rfr", anneeN2);
      // The ceilings are multiples of the SMIC horaire brut in force on 1 July of the year of the income.
      const smic = parameters(anneeN2.firstMonth.offset(6)).marche_travail.salaire_minimum.smic.smic_b_horaire;
      const nbEnfants = nombreEnfants(famille, period);
      const plafond = (e: (typeof bareme)["echelon_1"]) =>
        roundHalfEven(
          mul(
            plafondSelonEnfants(nbEnfants, [
              e.plafond_1e,
              e.plafond_2e,
              e.plafond_3e,
              e.plafond_4e,
              e.plafond_5e,
              e.plafond_6e,
              e.plafond_7e,
              e.plafond_8e,
            ]),
            smic,
          ),
        );
      return select(
        [
          [le(rfr, plafond(bareme.echelon_3)), 3],
          [le(rfr, plafond(bareme.echelon_2)), 2],
          [le(rfr, plafond(bareme.echelon_1)), 1],
        ],
        0,
      );
    },
  },
});
