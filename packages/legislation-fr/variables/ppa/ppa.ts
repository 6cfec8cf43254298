import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";
import { notBefore, referenceQuarter, shiftedQuarterInForce } from "../../src/formula-helpers.ts";

export const ppa = defineVariable({
  name: "ppa",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Prime d'activité versée",
  // Average of the rights computed on each month of the reference quarter (shifted by a
  // month where the renewed RSA is tested), paid when it reaches 15 €
  // (CSS art. L842-3, R843-1 and D846-2).
  reference: css("L841-1", "L842-3", "R843-1", "D846-2"),
  formulas: {
    "2016-01-01": ({ famille, period, parameters }) => {
      const pam = parameters(notBefore(period, "2016-01")).prestations_sociales.solidarite_insertion.minima_sociaux.ppa.pa_m;
      const seuil: number = pam.montant_minimum_verse;
      const apprenants = famille("ppa_eligibilite_apprenants", period);
      const decale = shiftedQuarterInForce(period) ? famille("departement_experimentation_rsa", period) : new Uint8Array(famille.count);
      const out = new Float64Array(famille.count);
      // A quarter nobody is on is not computed (each of its months costs a whole aide au logement).
      const quarters = [false, true].filter((shifted) => decale.some((d) => Boolean(d) === shifted));
      for (const shifted of quarters) {
        for (const month of referenceQuarter(period, shifted)) {
          const droit = famille("ppa_fictive", month);
          for (let i = 0; i < out.length; i++) if (Boolean(decale[i]) === shifted) out[i]! += droit[i]! / 3;
        }
      }
      for (let i = 0; i < out.length; i++) if (out[i]! < seuil || !apprenants[i]) out[i] = 0;
      return out;
    },
  },
});
