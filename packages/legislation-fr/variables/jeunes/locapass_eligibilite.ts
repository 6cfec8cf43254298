import { allOf, ge } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";

export const locapass_eligibilite = defineVariable({
  name: "locapass_eligibilite",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  label: "Éligibilité à l'avance Loca-Pass d'Action Logement",
  // The person's situation and the dwelling qualify, and the dwelling was entered at most two months
  // before (Action Logement, avance Loca-Pass).
  reference: [...cch("L313-3"), "Action Logement, l'avance Loca-Pass", "https://www.actionlogement.fr/l-avance-loca-pass"],
  formulas: {
    "0001-01-01": ({ individu, period, parameters }) => {
      const delaiMax = parameters(period).prestations_sociales.aides_logement.action_logement.locapass.delai_max;
      const entree = individu.group("menage", "date_entree_logement", period);
      return allOf(
        individu("locapass_eligibilite_individu", period),
        individu.group("menage", "locapass_eligibilite_logement", period),
        ge(entree, period.offset(-delaiMax).start.days),
      );
    },
  },
});
