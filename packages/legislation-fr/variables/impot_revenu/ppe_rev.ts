import { add, div, maximum, minimum, mul } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const ppe_rev = defineVariable({
  name: "ppe_rev",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "year",
  end: "2015-12-31",
  label: "Base ressource de la ppe",
  // Wages (with exempt overtime) and non-salaried profits, these multiplied by a coefficient and a loss
  // divided by it (CGI art. 200 sexies, I, B, 2°).
  reference: cgi("200 sexies"),
  formulas: {
    "0001-01-01": ({ individu, period, parameters }) => {
      const abatns = parameters(period).impot_revenu.credits_impots.ppe.abatns;
      const salaires = add(individu("salaire_imposable", period, "add"), individu("hsup", period, "add"));
      const rpns = individu("rpns_imposables", period);
      return add(salaires, add(div(minimum(0, rpns), abatns), mul(maximum(0, rpns), abatns)));
    },
  },
});
