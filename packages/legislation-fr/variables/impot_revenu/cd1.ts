import { defineVariable } from "../../src/define-variable.ts";
import { somme } from "../../src/impot-revenu.ts";
import { cgi } from "../../src/legal-references.ts";

export const cd1 = defineVariable({
  name: "cd1",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Charges déductibles non plafonnées",
  // The charges deducted from the revenu brut global (CGI art. 156, I and II): alimony, hosting a person
  // over 75, other deductions, retirement savings, losses on new companies (until 2006), major repairs of
  // bare owners (from 2009). Those of 2002 to 2005 are not modelled.
  reference: cgi("156", "163 quatervicies"),
  formulas: {
    "2006-01-01": ({ foyer_fiscal, period }) =>
      somme(foyer_fiscal, period, [
        "pensions_alimentaires_deduites",
        "cd_acc75a",
        "pertes_capital_societes_nouvelles",
        "cd_deddiv",
        "cd_eparet",
      ]),
    "2007-01-01": ({ foyer_fiscal, period }) =>
      somme(foyer_fiscal, period, ["pensions_alimentaires_deduites", "cd_acc75a", "cd_deddiv", "cd_eparet"]),
    "2009-01-01": ({ foyer_fiscal, period }) =>
      somme(foyer_fiscal, period, ["pensions_alimentaires_deduites", "cd_acc75a", "cd_deddiv", "cd_eparet", "grosses_reparations"]),
  },
});
