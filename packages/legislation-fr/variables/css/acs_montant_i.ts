import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const acs_montant_i = defineVariable({
  name: "acs_montant_i",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Montant annuel de l'ACS d'une personne, selon son âge",
  // By age: 100 € under 16, 200 € from 16 to 49, 350 € from 50 to 59, 550 € from 60 (CSS art.
  // L863-1, until October 2019).
  reference: css("L863-1"),
  formulas: {
    "2005-01-01": ({ individu, period, parameters }) => {
      const bareme = parameters(period).prestations_sociales.solidarite_insertion.minima_sociaux.cs.acs.bareme;
      return bareme.calc(individu("age", period));
    },
    "2019-11-01": () => 0,
  },
});
