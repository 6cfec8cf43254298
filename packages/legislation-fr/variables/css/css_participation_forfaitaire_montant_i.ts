import { le, lt, select, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { toutNul } from "../../src/formula-helpers.ts";
import { css } from "../../src/legal-references.ts";

export const css_participation_forfaitaire_montant_i = defineVariable({
  name: "css_participation_forfaitaire_montant_i",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Participation financière mensuelle d'une personne à la complémentaire santé solidaire",
  // By age: under 30, 30 to 49, 50 to 59, 60 to 69, 70 and more; lower amounts under the local
  // regime of Alsace-Moselle (CSS art. L861-1, 2°, and L861-11; arrêté du 21 juin 2019, art. 1).
  // The arrêté reads the age on 1 January of the year of attribution; the age of the month is
  // used here, as OpenFisca-France.
  reference: [
    ...css("L861-1", "L861-11"),
    "Arrêté du 21 juin 2019 fixant les montants de la participation financière à la protection complémentaire en matière de santé, article 1",
    "https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000038670889",
  ],
  formulas: {
    "2019-11-01": ({ individu, period, parameters }) => {
      const montant = parameters(period).prestations_sociales.solidarite_insertion.minima_sociaux.cs.css.montant;
      const age = individu("age", period);
      const parAge = (m: typeof montant.france) =>
        select(
          [
            [lt(age, 30), m.cmu_moins_30_ans],
            [le(age, 49), m.cmu_30_49_ans],
            [le(age, 59), m.cmu_50_59_ans],
            [le(age, 69), m.cmu_60_69_ans],
          ],
          m.cmu_plus_69_ans,
        );
      const alsaceMoselle = individu("salarie_regime_alsace_moselle", period);
      if (toutNul(alsaceMoselle)) return parAge(montant.france); // nobody under the local regime
      return where(alsaceMoselle, parAge(montant.alsace_moselle), parAge(montant.france));
    },
  },
});
