import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";
import { sumOf } from "../../src/formula-helpers.ts";
import {
  PPA_INDEMNITES_JOURNALIERES,
  PPA_RESSOURCES_HORS_ACTIVITE,
  PPA_REVENUS_ACTIVITE,
  PPA_REVENUS_ANNEE_N_MOINS_2,
  PPA_REVENUS_FOYER_FISCAL_ANNEE_N_MOINS_2,
} from "../../src/ressources.ts";

export const ppa_ressources_hors_activite_individu = defineVariable({
  name: "ppa_ressources_hors_activite_individu",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  label: "Ressources d'une personne autres que professionnelles retenues pour la prime d'activité",
  // Replacement income, maintenance, sickness allowances not counted as earnings, the
  // AAH below the activity threshold, and a twelfth of the capital income of year N-2,
  // the foyer fiscal's on its main declarant (CSS art. R844-1 and R844-2).
  reference: css("R844-1", "R844-2"),
  formulas: {
    "0001-01-01": ({ individu, period }) => {
      const autres = sumOf(individu, PPA_RESSOURCES_HORS_ACTIVITE.at(period), period);
      const activite = individu("ppa_revenu_activite_individu", period);
      const gains = sumOf(individu, [...PPA_REVENUS_ACTIVITE.at(period), ...PPA_INDEMNITES_JOURNALIERES.at(period), "aah"], period);
      const anneeN2 = period.thisYear.offset(-2);
      const capital = new Float64Array(individu.count);
      for (const name of PPA_REVENUS_ANNEE_N_MOINS_2.at(period)) {
        const v = individu(name, anneeN2, "add");
        for (let i = 0; i < capital.length; i++) capital[i]! += v[i]!;
      }
      const declarantPrincipal = individu.hasRole("foyer_fiscal", "declarant_principal");
      for (const name of PPA_REVENUS_FOYER_FISCAL_ANNEE_N_MOINS_2.at(period)) {
        const v = individu.group("foyer_fiscal", name, anneeN2, "add");
        for (let i = 0; i < capital.length; i++) if (declarantPrincipal[i]) capital[i]! += v[i]!;
      }
      const out = new Float64Array(individu.count);
      // Whatever part of earnings, allowances and AAH was not counted as professional income.
      for (let i = 0; i < out.length; i++) out[i] = autres[i]! + Math.max(0, gains[i]! - activite[i]!) + capital[i]! / 12;
      return out;
    },
  },
});
