import { allOf, gt, le, lt, select } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeEnergie } from "../../src/legal-references.ts";
import { rfrParUniteConsommation } from "../../src/cheque-energie.ts";

export const cheque_energie_montant = defineVariable({
  name: "cheque_energie_montant",
  entity: "menage",
  valueType: "float",
  definitionPeriod: "year",
  label: "Montant du chèque énergie",
  // The amount depends on the revenu fiscal de référence per consumption unit and on the
  // number of units (Code de l'énergie, art. R124-2; the scales are set by arrêté).
  reference: codeEnergie("R124-1", "R124-2"),
  formulas: {
    "2017-01-01": ({ menage, period, parameters }) => {
      const baremes = parameters(period).prestations_sociales.solidarite_insertion.autre_solidarite.cheque_energie.baremes;
      const uc = menage("cheque_energie_unites_consommation", period);
      const parUc = rfrParUniteConsommation(menage, period, uc);
      return select(
        [
          [le(uc, 1), baremes.une_uc.calc(parUc)],
          [allOf(gt(uc, 1), lt(uc, 2)), baremes.une_uc_a_deux_uc.calc(parUc)],
        ],
        baremes.plus_de_deux_ucs.calc(parUc),
      );
    },
  },
});
