import { lt, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const complement_ressources_aah = defineVariable({
  name: "complement_ressources_aah",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  end: "2019-11-30",
  label: "Complément de ressources de l'AAH",
  // The garantie de ressources less the AAH's amount, for a capacity of work under 5 % (CSS
  // art. L821-1-1 and D821-3 in their version until November 2019; removed by loi
  // n° 2018-1317 du 28 décembre 2018, art. 266). The other conditions: eligibilite_caah.
  reference: css("L821-1-1", "D821-3"),
  formulas: {
    "2015-07-01": ({ individu, period, parameters }) => {
      const invalidite = parameters(period).prestations_sociales.prestations_etat_de_sante.invalidite;
      const complement = Math.max(invalidite.caah.garantie_ressources - invalidite.aah.montant, 0);
      return where(lt(individu("taux_capacite_travail", period), invalidite.aah.taux_capacite.taux_capacite_travail), complement);
    },
  },
});
