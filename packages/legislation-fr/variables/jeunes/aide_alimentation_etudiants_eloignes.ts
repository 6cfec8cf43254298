import { allOf, select, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";

export const aide_alimentation_etudiants_eloignes = defineVariable({
  name: "aide_alimentation_etudiants_eloignes",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  label: "Aide alimentaire aux étudiants éloignés d'un restaurant universitaire",
  // For a student, more for one with a bourse, and more in the overseas départements (the décret and
  // arrêté on the aid to students far from university restaurants).
  reference: [
    "Décret relatif à l'aide financière aux étudiants éloignés des restaurants universitaires",
    "https://www.legifrance.gouv.fr/loda/id/JORFTEXT000050660003",
    "Arrêté fixant le montant de cette aide",
    "https://www.legifrance.gouv.fr/loda/id/JORFTEXT000050659996",
  ],
  formulas: {
    "2025-02-01": ({ individu, period, parameters }) => {
      const montants = parameters(period).prestations_sociales.alimentation.aide_alimentation_etudiants_eloignes;
      const boursier = individu("boursier", period);
      const dom = individu.group("menage", "residence_dom", period);
      const montant = select(
        [
          [allOf(dom, boursier), montants.montant_etudiant_drom_boursier],
          [dom, montants.montant_etudiant_drom_non_boursier],
          [boursier, montants.montant_etudiant_standard_boursier],
        ],
        montants.montant_etudiant_standard_non_boursier,
      );
      return where(individu("etudiant", period), montant);
    },
  },
});
