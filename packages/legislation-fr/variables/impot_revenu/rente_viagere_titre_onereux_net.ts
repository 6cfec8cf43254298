import { add, mul } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { arrondi } from "../../src/impot-revenu.ts";
import { cgi } from "../../src/legal-references.ts";

export const rente_viagere_titre_onereux_net = defineVariable({
  name: "rente_viagere_titre_onereux_net",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Rentes viagères à titre onéreux, part imposable",
  // The taxable fraction depends on the age at the first payment: boxes 1AW to 1DW (CGI art. 158, 6).
  reference: cgi("158"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period, parameters }) => {
      const t = parameters(period).impot_revenu.calcul_revenus_imposables.deductions.abatviag;
      const f = (name: string) => foyer_fiscal(name, period);
      return arrondi(add(mul(t.taux1, f("f1aw")), mul(t.taux2, f("f1bw")), mul(t.taux3, f("f1cw")), mul(t.taux4, f("f1dw"))));
    },
  },
});
