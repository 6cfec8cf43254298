import { add, sub } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const irpp_economique = defineVariable({
  name: "irpp_economique",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Impôt sur le revenu au sens économique (négatif) : restant à payer, prélèvement libératoire et acomptes compris",
  // The advance payments counted as credits on the return are tax paid all the same.
  reference: cgi("197", "117 quater", "125 A"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period }) =>
      sub(
        add(foyer_fiscal("impot_revenu_restant_a_payer", period), foyer_fiscal("prelevement_forfaitaire_liberatoire", period)),
        foyer_fiscal("acomptes_ir", period),
      ),
  },
});
