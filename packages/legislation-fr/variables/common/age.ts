import { ageInYears } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeCivil } from "../../src/legal-references.ts";

/** How far (in months) to look for an age given for another month. */
const RECHERCHE_MOIS = 15;
const INCONNU = -9999;

export const age = defineVariable({
  name: "age",
  entity: "individu",
  valueType: "int",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  default: INCONNU,
  label: "Âge en années révolues au premier jour du mois",
  reference: codeCivil("388"),
  formulas: {
    "0001-01-01": ({ individu, period }) => {
      const naissance = individu("date_naissance", period);
      const out = ageInYears(naissance, period.start);
      // Without a birth date, an age given for a nearby month (as OpenFisca tests often
      // do) is carried over, one year per twelve months of distance.
      const aChercher: number[] = [];
      for (let i = 0; i < out.length; i++) if (naissance[i] === 0) aChercher.push(i);
      for (let d = 1; d <= RECHERCHE_MOIS && aChercher.length > 0; d++) {
        for (const k of [-d, d]) {
          const connu = individu.input("age", period.offset(k));
          if (connu === undefined) continue;
          for (let j = aChercher.length - 1; j >= 0; j--) {
            const i = aChercher[j]!;
            if (connu[i] === INCONNU) continue;
            out[i] = connu[i]! + Math.trunc(-k / 12);
            aChercher.splice(j, 1);
          }
        }
      }
      return out;
    },
  },
});
