import { allOf, anyOf, eq, le } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { TypesActivite } from "../common/activite.ts";

export const locapass_eligibilite_jeunes = defineVariable({
  name: "locapass_eligibilite_jeunes",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Jeune au chômage ou en alternance, éligible à l'avance Loca-Pass",
  // Under 30, looking for a job, or a student in alternance (Action Logement, avance Loca-Pass).
  reference: [...cch("L313-3"), "Action Logement, l'avance Loca-Pass", "https://www.actionlogement.fr/l-avance-loca-pass"],
  formulas: {
    "0001-01-01": ({ individu, period, parameters }) => {
      const ageMax = parameters(period).prestations_sociales.aides_logement.action_logement.locapass.age_max;
      const activite = individu("activite", period);
      const chomeur = eq(activite, TypesActivite.index("chomeur"));
      const alternant = allOf(individu("alternant", period), eq(activite, TypesActivite.index("etudiant")));
      return allOf(le(individu("age", period), ageMax), anyOf(chomeur, alternant));
    },
  },
});
