import { allOf, anyOf, gt, le, mul, not, toDays, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";
import { toutNul } from "../../src/formula-helpers.ts";

export const aah = defineVariable({
  name: "aah",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Allocation aux adultes handicapés",
  // The AAH, reduced to 30 % after 60 days of hospital stay, stay in a maison d'accueil
  // spécialisée or imprisonment, unless the person has someone à charge (CSS art. L821-1,
  // L821-3 and R821-8; the persons à charge of the foyer fiscal of the year before, as in
  // OpenFisca). Not modelled: the other exemptions of R821-8 (daily fee paid, conjoint unable
  // to work).
  reference: css("L821-1", "L821-3", "R821-8"),
  formulas: {
    "2011-01-01": ({ individu, period, parameters }) => {
      const base = individu("aah_base", period);
      const taux: number =
        parameters(period).prestations_sociales.prestations_etat_de_sante.invalidite.aah.pourcentage_aah.prison_hospitalisation;
      // Sixty days before the month: stays that began then or earlier reduce the AAH.
      const limite = toDays(period.start.toString()) - 60;
      const depuis60Jours = anyOf(
        le(individu("aah_date_debut_hospitalisation", period), limite),
        le(individu("aah_date_debut_incarceration", period), limite),
      );
      if (toutNul(depuis60Jours)) return base;
      const personnesACharge = gt(individu.group("foyer_fiscal", "nb_pac", period.lastYear), 0);
      return where(allOf(depuis60Jours, not(personnesACharge)), mul(base, taux), base);
    },
  },
});
