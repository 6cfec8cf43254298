import { defineVariable } from "../../src/define-variable.ts";
import { rfrParUniteConsommation } from "../../src/cheque-energie.ts";

export const cheque_energie_exceptionnel_montant = defineVariable({
  name: "cheque_energie_exceptionnel_montant",
  entity: "menage",
  valueType: "float",
  definitionPeriod: "month",
  end: "2022-12-31",
  label: "Montant du chèque énergie exceptionnel",
  // 100 € in December 2021 under 10,800 € of RFR per consumption unit (décret n° 2021-1541 du
  // 29 novembre 2021); 200 € or 100 € in December 2022 under 10,800 € or 17,400 € (décret
  // n° 2022-1552 du 10 décembre 2022), on the RFR of the chèque énergie.
  reference: [
    "Décret n° 2021-1541 du 29 novembre 2021 relatif à une aide exceptionnelle",
    "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000044387624",
    "Décret n° 2022-1552 du 10 décembre 2022 relatif à une aide exceptionnelle",
    "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046720566",
  ],
  formulas: {
    "2021-12-01": ({ menage, period, parameters }) => {
      const bareme = parameters(period).prestations_sociales.solidarite_insertion.autre_solidarite.cheque_energie.aide_exceptionnelle;
      const uc = menage("cheque_energie_unites_consommation", period.thisYear);
      return bareme.calc(rfrParUniteConsommation(menage, period, uc));
    },
  },
});
