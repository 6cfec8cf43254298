import { add, mul } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const traitements_salaires_pensions_rentes = defineVariable({
  name: "traitements_salaires_pensions_rentes",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "year",
  label: "Traitements, salaires, pensions et rentes nets d'une personne",
  // Salaries and pensions after their deductions; the foyer's annuities go to the main declarant.
  reference: cgi("79", "83", "158"),
  formulas: {
    "2006-01-01": ({ individu, period }) =>
      add(
        individu("revenu_assimile_salaire_apres_abattements", period),
        individu("revenu_assimile_pension_apres_abattements", period),
        mul(
          individu.group("foyer_fiscal", "rente_viagere_titre_onereux_net", period),
          individu.hasRole("foyer_fiscal", "declarant_principal"),
        ),
      ),
  },
});
