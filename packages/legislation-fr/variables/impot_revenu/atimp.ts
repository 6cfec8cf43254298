import { add, sub } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { somme } from "../../src/impot-revenu.ts";
import { cgi } from "../../src/legal-references.ts";

export const atimp = defineVariable({
  name: "atimp",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "year",
  label: "Revenus des professions non salariées individuels avec abattement",
  // The real-regime profits of members of an approved centre, less their deficits: agricultural, BIC
  // professional and non-professional, BNC (CGI art. 34, 63, 92).
  reference: cgi("34", "63", "92"),
  formulas: {
    "0001-01-01": ({ individu, period }) =>
      add(
        individu("arag_impg", period),
        sub(somme(individu, period, ["abic_impn", "abic_imps"]), somme(individu, period, ["abic_defn", "abic_defs"])),
        individu("aacc_timp", period),
        sub(individu("abnc_impo", period), individu("abnc_defi", period)),
      ),
    "2010-01-01": ({ individu, period }) =>
      add(
        individu("arag_impg", period),
        sub(individu("abic_impn", period), individu("abic_defn", period)),
        individu("aacc_timp", period),
        sub(individu("abnc_impo", period), individu("abnc_defi", period)),
      ),
  },
});
