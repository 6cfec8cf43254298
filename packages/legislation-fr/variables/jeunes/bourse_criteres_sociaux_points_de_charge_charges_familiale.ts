import { add, maximum, mul, sub } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { BCS_REFERENCE } from "../../src/jeunes-bcs.ts";

export const bourse_criteres_sociaux_points_de_charge_charges_familiale = defineVariable({
  name: "bourse_criteres_sociaux_points_de_charge_charges_familiale",
  entity: "individu",
  valueType: "int",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Points de charge des charges de la famille (bourse sur critères sociaux)",
  // Points for each other child à charge, more for each other one in higher education besides the
  // student (circulaire du 8 juin 2020, annexe 3, 2.2).
  reference: BCS_REFERENCE,
  formulas: {
    "2006-03-31": ({ individu, period, parameters }) => {
      const points =
        parameters(period).prestations_sociales.education.bourses.enseignement_superieur.criteres_sociaux.points_de_charge
          .charges_familiales;
      const enfants = individu.group("famille", "bourse_criteres_sociaux_nombre_enfants_a_charge", period);
      const etudiants = individu.group("famille", "bourse_criteres_sociaux_nombre_enfants_a_charge_dans_enseignement_superieur", period);
      const horsSuperieur = maximum(0, sub(enfants, etudiants));
      const autresEtudiants = maximum(0, sub(etudiants, 1));
      return add(mul(horsSuperieur, points.par_enfant_a_charge), mul(autresEtudiants, points.par_enfant_etudiant));
    },
  },
});
