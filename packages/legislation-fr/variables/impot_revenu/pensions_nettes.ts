import { add, mul } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const pensions_nettes = defineVariable({
  name: "pensions_nettes",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "year",
  label: "Pensions et revenus de remplacement",
  // Net unemployment benefits and pensions, alimony received, invalidity pensions; the foyer's alimony
  // paid (negative) and annuities, on its declarant principal.
  reference: cgi("79", "158"),
  formulas: {
    "0001-01-01": ({ individu, period }) => {
      const foyer = add(
        individu.group("foyer_fiscal", "pensions_alimentaires_versees", period),
        individu.group("foyer_fiscal", "rente_viagere_titre_onereux", period, "add"),
      );
      return add(
        individu("chomage_net", period, "add"),
        individu("retraite_nette", period, "add"),
        individu("pensions_alimentaires_percues", period, "add"),
        individu("pensions_invalidite", period, "add"),
        mul(foyer, individu.hasRole("foyer_fiscal", "declarant_principal")),
      );
    },
  },
});
