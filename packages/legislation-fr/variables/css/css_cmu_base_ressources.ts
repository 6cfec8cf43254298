import { add, allOf, anyOf, between, eq, knownConstant, mul, sumMembers } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { CSS_RESSOURCES_FAMILLE, douzeMoisPrecedents } from "../../src/css.ts";
import { css } from "../../src/legal-references.ts";
import { TypesStatutOccupationLogement as Statut } from "../common/statut_occupation_logement.ts";

export const css_cmu_base_ressources = defineVariable({
  name: "css_cmu_base_ressources",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Ressources annuelles du foyer retenues pour la complémentaire santé solidaire",
  // The resources of the twelve months before the request of the demandeur, the conjoint and
  // the persons à charge up to 25 years (CSS art. R861-2, R861-4, R861-8), the family benefits
  // of those months, and the forfait logement: of a foyer owning its home or housed free of
  // charge (R861-5), and the aide au logement within its forfait (R861-7).
  reference: css("R861-2", "R861-4", "R861-5", "R861-7", "R861-8"),
  formulas: {
    "0001-01-01": ({ famille, period, parameters }) => {
      const ageLimite: number = parameters(period).prestations_sociales.solidarite_insertion.minima_sociaux.cs.cmu.age_limite_pac;
      const douzeMois = douzeMoisPrecedents(period);
      const prestations = new Float64Array(famille.count);
      for (const name of CSS_RESSOURCES_FAMILLE.at(period)) {
        const v = famille(name, douzeMois, "add");
        if (knownConstant(v) === 0) continue; // an undeclared benefit adds nothing
        for (let i = 0; i < prestations.length; i++) prestations[i]! += v[i]!;
      }
      const statut = famille.valueFromPerson(famille.persons.group("menage", "statut_occupation_logement", period), "demandeur");
      const sansLoyer = anyOf(eq(statut, Statut.index("proprietaire")), eq(statut, Statut.index("loge_gratuitement")));
      const forfaitLogement = add(
        mul(sansLoyer, famille("css_cmu_forfait_logement_base", period)),
        famille("css_cmu_forfait_logement_al", period),
      );

      const ressources = famille.members("css_cmu_base_ressources_individu", period);
      const enfantACharge = allOf(famille.memberHasRole("enfant"), between(famille.members("age", period), 0, ageLimite + 1));
      return add(
        forfaitLogement,
        prestations,
        sumMembers(famille, ressources, famille.memberHasRole("parent")),
        sumMembers(famille, ressources, enfantACharge),
      );
    },
  },
});
