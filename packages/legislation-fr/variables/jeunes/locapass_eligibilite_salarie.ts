import { eq } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { TypesActivite } from "../common/activite.ts";

export const locapass_eligibilite_salarie = defineVariable({
  name: "locapass_eligibilite_salarie",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Salarié, éligible à l'avance Loca-Pass",
  // An employee (Action Logement, avance Loca-Pass).
  reference: [...cch("L313-3"), "Action Logement, l'avance Loca-Pass", "https://www.actionlogement.fr/l-avance-loca-pass"],
  formulas: {
    "0001-01-01": ({ individu, period }) => eq(individu("activite", period), TypesActivite.index("actif")),
  },
});
