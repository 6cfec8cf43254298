import { anyOf, eq } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { TypesStatutOccupationLogement } from "../common/statut_occupation_logement.ts";

export const locapass_eligibilite_logement = defineVariable({
  name: "locapass_eligibilite_logement",
  entity: "menage",
  valueType: "bool",
  definitionPeriod: "month",
  label: "Le logement ouvre droit à l'avance Loca-Pass (location vide, meublée, HLM ou en foyer)",
  // A tenant of an empty, furnished, HLM dwelling or of a foyer (Action Logement, avance Loca-Pass).
  reference: [...cch("L313-3"), "Action Logement, l'avance Loca-Pass", "https://www.actionlogement.fr/l-avance-loca-pass"],
  formulas: {
    "0001-01-01": ({ menage, period }) => {
      const statut = menage("statut_occupation_logement", period);
      const est = (s: "locataire_hlm" | "locataire_vide" | "locataire_meuble" | "locataire_foyer") =>
        eq(statut, TypesStatutOccupationLogement.index(s));
      return anyOf(est("locataire_hlm"), est("locataire_vide"), est("locataire_meuble"), est("locataire_foyer"));
    },
  },
});
