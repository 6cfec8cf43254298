import { add, maximum, sub, type Period, type Population } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { somme } from "../../src/impot-revenu.ts";
import { cgi } from "../../src/legal-references.ts";

/** BNC non professional (real regime), less their deficits. */
const bncNonPro = (individu: Population, period: Period) => maximum(0, sub(individu("cncn_bene", period), individu("cncn_defi", period)));

export const ntimp = defineVariable({
  name: "ntimp",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "year",
  end: "2022-12-31",
  label: "Revenus des professions non salariées individuels sans abattement",
  // The real-regime profits without an approved centre or association (raised by the majoration of
  // CGI art. 158, 7 in revenu_non_salarie): agricultural (from 2007), BIC, non-professional BIC, BNC.
  reference: cgi("158"),
  formulas: {
    "0001-01-01": ({ individu, period }) =>
      add(
        sub(somme(individu, period, ["nbic_impn", "nbic_imps"]), somme(individu, period, ["nbic_defn", "nbic_defs"])),
        individu("nacc_timp", period),
        individu("nbnc_timp", period),
      ),
    "2006-01-01": ({ individu, period }) =>
      add(
        sub(somme(individu, period, ["nbic_impn", "nbic_imps"]), somme(individu, period, ["nbic_defn", "nbic_defs"])),
        individu("nacc_timp", period),
        individu("nbnc_timp", period),
        bncNonPro(individu, period),
      ),
    "2007-01-01": ({ individu, period }) =>
      add(
        individu("nrag_impg", period),
        sub(somme(individu, period, ["nbic_impn", "nbic_imps"]), somme(individu, period, ["nbic_defn", "nbic_defs"])),
        individu("nacc_timp", period),
        bncNonPro(individu, period),
        individu("nbnc_timp", period),
      ),
    "2010-01-01": ({ individu, period }) =>
      add(
        individu("nrag_impg", period),
        sub(individu("nbic_impn", period), individu("nbic_defn", period)),
        individu("nacc_timp", period),
        bncNonPro(individu, period),
        individu("nbnc_timp", period),
      ),
  },
});
