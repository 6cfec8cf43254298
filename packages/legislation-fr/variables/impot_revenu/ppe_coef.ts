import { div, where, eq } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const ppe_coef = defineVariable({
  name: "ppe_coef",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  end: "2015-12-31",
  label: "Coefficient de conversion - Prime pour l'emploi",
  // A declaration covering part of the year (marriage, divorce, death) has its incomes converted to a
  // whole year: 360 days over the days it covers (CGI art. 200 sexies, I, B).
  reference: cgi("200 sexies"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period }) => {
      const jours = foyer_fiscal("jour_xyz", period);
      return div(360, where(eq(jours, 0), 1, jours));
    },
  },
});
