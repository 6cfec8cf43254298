import { defineVariable } from "../../src/define-variable.ts";
import { cgi, css } from "../../src/legal-references.ts";
import { regimeCsg, TypesTauxCSGRemplacement } from "../../src/csg-remplacement.ts";

export { TypesTauxCSGRemplacement };

export const taux_csg_remplacement = defineVariable({
  name: "taux_csg_remplacement",
  entity: "individu",
  valueType: "enum",
  possibleValues: TypesTauxCSGRemplacement,
  default: "non_renseigne",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Régime de CSG sur les revenus de remplacement (exonération, taux réduit, médian ou normal)",
  // By the revenu fiscal de référence of the person's foyer fiscal in N-2 (and N-3 for
  // the two-year rule) and its number of parts; metropolitan thresholds. Before 2015
  // (rule based on the income tax due), not modelled: « non renseigné ».
  reference: [...css("L136-8"), ...cgi("1417")],
  formulas: {
    "2015-01-01": ({ individu, period, parameters }) => {
      const s = parameters(period).prelevements_sociaux.contributions_sociales.csg_remplacement.seuils;
      const n2 = period.thisYear.offset(-2);
      const n3 = period.thisYear.offset(-3);
      const rfr2 = individu.group("foyer_fiscal", "rfr", n2);
      const parts2 = individu.group("foyer_fiscal", "nbptr", n2);
      const rfr3 = individu.group("foyer_fiscal", "rfr", n3);
      const parts3 = individu.group("foyer_fiscal", "nbptr", n3);
      const out = new Int32Array(individu.count);
      for (let i = 0; i < out.length; i++) out[i] = regimeCsg(s, rfr2[i]!, parts2[i]!, rfr3[i]!, parts3[i]!);
      return out;
    },
  },
});
