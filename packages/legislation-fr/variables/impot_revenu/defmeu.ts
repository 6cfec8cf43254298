import { add, minimum } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { somme } from "../../src/impot-revenu.ts";
import { cgi } from "../../src/legal-references.ts";

export const defmeu = defineVariable({
  name: "defmeu",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Déficits des locations meublées non professionnelles des années antérieures",
  // Past deficits of non-professional furnished rentals, set off only against the same income (CGI art. 156, I, 1° ter).
  reference: cgi("156"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period }) => {
      const m = (name: string) => foyer_fiscal.sum(foyer_fiscal.members(name, period));
      return minimum(
        somme(foyer_fiscal, period, ["f5ga", "f5gb", "f5gc", "f5gd", "f5ge", "f5gf", "f5gg", "f5gh", "f5gi", "f5gj"]),
        add(m("alnp_imps"), m("nacc_pres")),
      );
    },
  },
});
