import { add } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeTravail } from "../../src/legal-references.ts";

export const ass_base_ressources = defineVariable({
  name: "ass_base_ressources",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Ressources des douze derniers mois retenues pour l'ASS",
  // The claimant's resources and those of the spouse, partner or concubin, the latter's
  // unemployment and sickness benefits included (C. trav. art. R5423-1 to R5423-3); the
  // claimant is the famille's demandeur, as in OpenFisca.
  reference: codeTravail("R5423-1", "R5423-2", "R5423-3"),
  formulas: {
    "0001-01-01": ({ famille, period }) =>
      add(
        famille.valueFromPerson(famille.members("ass_base_ressources_individu", period), "demandeur"),
        famille.valueFromPerson(famille.members("ass_base_ressources_conjoint", period), "conjoint"),
      ),
  },
});
