import { add, eq, not, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeTravail } from "../../src/legal-references.ts";
import { douzeMoisPrecedents, ressourceDouzeMois } from "./ass_base_ressources_individu.ts";

export const ass_base_ressources_conjoint = defineVariable({
  name: "ass_base_ressources_conjoint",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Ressources des douze derniers mois du conjoint du demandeur de l'ASS",
  // The conjoint's resources as the claimant's, plus the unemployment benefits of the
  // twelve months unless they stopped last month, and the sickness benefits, reduced as
  // the other resources when they stopped (C. trav. art. R5423-2, R5423-3 and R5423-5).
  reference: codeTravail("R5423-2", "R5423-3", "R5423-5"),
  formulas: {
    "0001-01-01": ({ individu, period, parameters }) => {
      const p = parameters(period).chomage.allocations_assurance_chomage.ass;
      const taux = { remplacee: p.abat_rev_subst_conj, nonRemplacee: p.abat_rev_non_subst_conj };
      const chomagePercu = not(eq(individu("chomage_net", period.firstMonth.offset(-1)), 0));
      return add(
        individu("ass_base_ressources_individu", period),
        where(chomagePercu, individu("chomage_net", douzeMoisPrecedents(period), "add")),
        ressourceDouzeMois(individu, "indemnites_journalieres", period, taux),
      );
    },
  },
});
