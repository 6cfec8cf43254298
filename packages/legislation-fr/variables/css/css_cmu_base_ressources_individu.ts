import { add, allOf, anyOf, eq, gt, knownConstant, maximum, mul, not, sub, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { complementAahDesDouzeMois, CSS_RESSOURCES_INDIVIDU, douzeMoisPrecedents } from "../../src/css.ts";
import { sumOf, toutNul } from "../../src/formula-helpers.ts";
import { css } from "../../src/legal-references.ts";
import { BENEFICES_NON_SALARIES } from "../../src/ressources.ts";
import { TypesActivite } from "../common/activite.ts";

export const css_cmu_base_ressources_individu = defineVariable({
  name: "css_cmu_base_ressources_individu",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Ressources d'une personne des douze mois précédant la demande (complémentaire santé solidaire)",
  // The resources of the twelve months before the request (CSS art. R861-4 and R861-8; the
  // list in CSS_RESSOURCES_INDIVIDU), the self-employed's: a micro-entrepreneur's turnover
  // of the twelve months after its tax allowance, other profits of the last civil year
  // (R861-8, R861-11); less alimony paid. Earnings count for 70 % when the person is, in the
  // month of the request, unemployed and indemnified, on sick leave, on the ASS or in paid
  // training (R861-8, abattement of 30 %); training income no longer received in the month
  // before is left out (R861-8). A student's grant of the month counts unless they are a
  // boursier (whose grant R861-10 excludes).
  reference: css("R861-4", "R861-8", "R861-10", "R861-11"),
  formulas: {
    "0001-01-01": ({ individu, period, parameters }) => {
      const douzeMois = douzeMoisPrecedents(period);
      const abattementChomage: number =
        parameters(period).prestations_sociales.solidarite_insertion.minima_sociaux.cs.cmu.abattement_chomage;
      const annuel = (name: string) => individu(name, douzeMois, "add");

      const ressources = new Float64Array(individu.count);
      for (const name of CSS_RESSOURCES_INDIVIDU.at(period)) {
        const v = name === "caah" ? complementAahDesDouzeMois(individu, douzeMois) : annuel(name);
        if (knownConstant(v) === 0) continue; // an undeclared income adds nothing
        for (let i = 0; i < ressources.length; i++) ressources[i]! += v[i]!;
      }
      // Other self-employed profits: the last civil year's.
      const benefices = sumOf(individu, BENEFICES_NON_SALARIES.at(period), period.lastYear);
      // Nobody declares a grant: no need to know who is boursier.
      const grant = individu("bourse_enseignement_sup", period);
      const bourse = toutNul(grant) ? 0 : where(not(individu("boursier", period)), grant);
      const versees = annuel("pensions_alimentaires_versees_individu");
      const pensionsVersees = maximum(versees, sub(0, versees)); // given as a negative or a positive amount

      const stage = individu("revenus_stage_formation_pro", period);
      const abattement = where(
        anyOf(
          gt(individu("indemnites_journalieres_maladie", period), 0),
          allOf(
            eq(individu("activite", period), TypesActivite.index("chomeur")),
            gt(add(individu("indemnites_chomage_partiel", period), individu("chomage_net", period)), 0),
          ),
          gt(individu("ass", period), 0),
          gt(stage, 0),
        ),
        mul(annuel("salaire_net"), abattementChomage),
      );
      const stageInterrompu = where(
        eq(individu("revenus_stage_formation_pro", period.lastMonth), 0),
        annuel("revenus_stage_formation_pro"),
      );
      return sub(sub(sub(add(ressources, bourse, benefices), pensionsVersees), abattement), stageInterrompu);
    },
  },
});
