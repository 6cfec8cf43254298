import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";

export const aide_logement_base_ressources = defineVariable({
  name: "aide_logement_base_ressources",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  label: "Base ressources annuelle des aides au logement (R)",
  // The resources of the allocataire and conjoint, rounded up to the hundred euros; nil
  // when the famille received the RSA the month before (CCH art. R822-2 to R822-4 and
  // R822-18 s.).
  reference: cch("R822-2", "R822-4", "R822-18"),
  formulas: {
    "2002-01-01": ({ famille, period }) => {
      const parents = famille.sum(famille.members("aide_logement_base_ressources_individu", period), "parent");
      const rsa = famille("rsa", period.lastMonth);
      const out = new Float64Array(famille.count);
      for (let i = 0; i < out.length; i++) {
        out[i] = rsa[i]! > 0 ? 0 : Math.ceil(Math.max(0, parents[i]!) / 100 - 1e-9) * 100;
      }
      return out;
    },
  },
});
