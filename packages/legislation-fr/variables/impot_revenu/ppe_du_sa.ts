import { anyOf, mul } from "@zero/engine";
import { TypesContratDeTravail } from "../common/contrat_de_travail.ts";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const ppe_du_sa = defineVariable({
  name: "ppe_du_sa",
  entity: "individu",
  valueType: "int",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Prime pour l'emploi des salariés: nombre d'heures payées",
  // Box 1AV: the hours paid, for work counted in hours or days rather than full time (CGI art. 200 sexies, I, B, 3°).
  reference: cgi("200 sexies"),
  formulas: {
    "0001-01-01": ({ individu, period }) => {
      const contrat = individu("contrat_de_travail", period);
      const decompteEnHeures = anyOf(
        TypesContratDeTravail.is(contrat, "temps_partiel"),
        TypesContratDeTravail.is(contrat, "forfait_heures_semaines"),
        TypesContratDeTravail.is(contrat, "forfait_heures_mois"),
        TypesContratDeTravail.is(contrat, "forfait_heures_annee"),
        TypesContratDeTravail.is(contrat, "forfait_jours_annee"),
      );
      return mul(individu("heures_remunerees_volume", period), decompteEnHeures);
    },
  },
});
