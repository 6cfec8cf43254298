import { add, allOf, anyOf, between, eq, gt, le, maximum, mul, sub } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { TypesActivite } from "../common/activite.ts";

export const depart1825_eligibilite = defineVariable({
  name: "depart1825_eligibilite",
  entity: "individu",
  valueType: "bool",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Éligibilité au programme Départ 18:25",
  // From 18 to 25, and a student with a bourse, in alternance, in the garantie jeunes or in service
  // civique (this month or the last), or a foyer fiscal whose revenu fiscal de référence of N-2 is
  // within the ceiling for its parts (Agence nationale pour les chèques-vacances, programme Départ 18:25).
  reference: [
    "Code du tourisme, article L411-13 (missions de l'Agence nationale pour les chèques-vacances)",
    "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006074073",
    "ANCV, programme Départ 18:25, éligibilité",
    "https://depart1825.com/eligibilite/",
  ],
  formulas: {
    "2014-09-05": ({ individu, period, parameters }) => {
      const depart = parameters(period).prestations_sociales.education.depart1825;
      const age = individu("age", period);
      const conditionAge = between(age, depart.age.minimum, depart.age.maximum + 1);
      const statut = anyOf(
        allOf(eq(individu("activite", period), TypesActivite.index("etudiant")), individu("boursier", period)),
        individu("alternant", period),
        gt(individu("garantie_jeunes", period), 0),
        individu("service_civique", period),
        individu("service_civique", period.lastMonth),
      );
      const anneeN2 = period.thisYear.offset(-2, "year");
      const parts = individu.group("foyer_fiscal", "nbptr", anneeN2);
      // The ceiling rises for each half-part beyond the first part.
      const demiPartsEnPlus = mul(2, maximum(0, sub(parts, 1)));
      const plafond = add(depart.plafond_ressources.base, mul(demiPartsEnPlus, depart.plafond_ressources.par_demi_part_supplementaire));
      const ressources = le(individu.group("foyer_fiscal", "rfr", anneeN2), plafond);
      return allOf(conditionAge, anyOf(statut, ressources));
    },
  },
});
