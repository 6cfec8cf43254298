import { knownConstant } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { casf } from "../../src/legal-references.ts";
import { interruptionOrNone, referenceQuarter, shiftedQuarterInForce } from "../../src/formula-helpers.ts";
import { RSA_AUTRES_RESSOURCES, RSA_RESSOURCES_NEUTRALISABLES } from "../../src/ressources.ts";

export const rsa_base_ressources_individu = defineVariable({
  name: "rsa_base_ressources_individu",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  label: "Ressources d'une personne retenues pour le RSA (moyenne du trimestre de référence)",
  // Replacement income interrupted in the month of right is not counted (CASF art. R262-13).
  reference: casf("L262-3", "R262-6", "R262-7", "R262-13"),
  formulas: {
    "0001-01-01": ({ individu, period }) => {
      const decale = shiftedQuarterInForce(period)
        ? individu.group("famille", "departement_experimentation_rsa", period)
        : new Uint8Array(individu.count);
      // The same quarter for everybody (0: the usual one, 1: the shifted one), when known at once.
      const tousDecales = shiftedQuarterInForce(period) ? knownConstant(decale) : 0;
      const out = Float64Array.from(individu("rsa_revenu_activite_individu", period));
      for (const name of RSA_AUTRES_RESSOURCES.at(period)) {
        const interrompu = RSA_RESSOURCES_NEUTRALISABLES.at(period).includes(name)
          ? interruptionOrNone(individu(name, period), individu(name, period.offset(-1)))
          : undefined;
        for (const shifted of [false, true]) {
          // Nobody's reference quarter is this one: every entry would be skipped.
          if (tousDecales !== undefined && Boolean(tousDecales) !== shifted) continue;
          for (const month of referenceQuarter(period, shifted)) {
            const v = individu(name, month);
            if (knownConstant(v) === 0) continue; // an undeclared income adds nothing
            if (tousDecales !== undefined) {
              // Everybody's reference quarter: only interruptions are left out.
              if (interrompu) {
                for (let i = 0; i < out.length; i++) if (!interrompu[i]) out[i]! += v[i]! / 3;
              } else for (let i = 0; i < out.length; i++) out[i]! += v[i]! / 3;
              continue;
            }
            for (let i = 0; i < out.length; i++) {
              if (Boolean(decale[i]) !== shifted || (interrompu && interrompu[i])) continue;
              out[i]! += v[i]! / 3;
            }
          }
        }
      }
      return out;
    },
  },
});
