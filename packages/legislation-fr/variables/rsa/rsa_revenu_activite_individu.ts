import { knownConstant } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { casf } from "../../src/legal-references.ts";
import { interruptionOrNone, referenceQuarter, shiftedQuarterInForce } from "../../src/formula-helpers.ts";
import {
  BENEFICES_NON_SALARIES,
  CHIFFRES_AFFAIRES_MICRO,
  RSA_RESSOURCES_NEUTRALISABLES,
  RSA_REVENUS_ACTIVITE,
} from "../../src/ressources.ts";

export const rsa_revenu_activite_individu = defineVariable({
  name: "rsa_revenu_activite_individu",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  label: "Revenus d'activité d'une personne retenus pour le RSA (moyenne du trimestre de référence)",
  // Monthly average over the three months before the month of right (CASF art. R262-7),
  // shifted by one month where the renewed RSA is tested; earnings interrupted in the
  // month of right after being received the month before are not counted (art. R262-13); micro-entrepreneurs: turnover after
  // the tax allowance (the month's, or a twelfth of last year's declared micro-BNC
  // receipts); other self-employed: a twelfth of last year's profit (R262-18, R262-19).
  reference: casf("R262-6", "R262-7", "R262-13", "R262-18", "R262-19"),
  formulas: {
    "0001-01-01": ({ individu, period, parameters }) => {
      const micro = parameters(period).impot_revenu.calcul_revenus_imposables.rpns.micro;
      const decale = shiftedQuarterInForce(period)
        ? individu.group("famille", "departement_experimentation_rsa", period)
        : new Uint8Array(individu.count);
      // The same quarter for everybody (0: the usual one, 1: the shifted one), when known at once.
      const tousDecales = shiftedQuarterInForce(period) ? knownConstant(decale) : 0;
      const out = new Float64Array(individu.count);
      const sources: [string, number][] = [
        ...RSA_REVENUS_ACTIVITE.at(period).map((name): [string, number] => [name, 1]),
        ...CHIFFRES_AFFAIRES_MICRO.at(period).map(([name, abattement]): [string, number] => [name, 1 - (micro[abattement] ?? 0)]),
      ];
      for (const [name, coef] of sources) {
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
                for (let i = 0; i < out.length; i++) if (!interrompu[i]) out[i]! += (coef * v[i]!) / 3;
              } else for (let i = 0; i < out.length; i++) out[i]! += (coef * v[i]!) / 3;
              continue;
            }
            for (let i = 0; i < out.length; i++) {
              if (Boolean(decale[i]) !== shifted || (interrompu && interrompu[i])) continue;
              out[i]! += (coef * v[i]!) / 3;
            }
          }
        }
      }
      const anneePrecedente = period.lastYear;
      for (const name of BENEFICES_NON_SALARIES.at(period)) {
        const v = individu(name, anneePrecedente);
        if (knownConstant(v) === 0) continue; // an undeclared income adds nothing
        for (let i = 0; i < out.length; i++) out[i]! += v[i]! / 12;
      }
      // Micro-BNC receipts declared for last year: a twelfth, after the allowance for costs.
      const bnc = individu("rpns_micro_entreprise_CA_bnc_imp", anneePrecedente);
      if (knownConstant(bnc) !== 0) {
        const part = (1 - (micro.abattement_bnc ?? 0)) / 12;
        for (let i = 0; i < out.length; i++) out[i]! += bnc[i]! * part;
      }
      return out;
    },
  },
});
