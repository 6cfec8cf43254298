import { add, allOf, eq, le, mul, not } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeTravail } from "../../src/legal-references.ts";

export const contrat_engagement_jeune_montant_forfaitaire = defineVariable({
  name: "contrat_engagement_jeune_montant_forfaitaire",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Montant maximal de l'allocation du contrat d'engagement jeune",
  // By the age and the tranche of income tax of the foyer fiscal of N-2: a minor in a foyer taxed at
  // most in the first tranche, an adult in a non-taxable foyer, an adult in a foyer of the first
  // tranche (Code du travail, art. L5131-6 and its décret). The tranche is read as given (the income
  // tax is built elsewhere).
  reference: [
    ...codeTravail("L5131-6"),
    "Service-public.fr, contrat d'engagement jeune",
    "https://www.service-public.fr/particuliers/vosdroits/F32700",
  ],
  formulas: {
    "2022-03-01": ({ individu, period, parameters }) => {
      const montants = parameters(period).prestations_sociales.education.contrat_engagement_jeune.montants;
      const majeur = individu("majeur", period);
      const tranche = individu.group("foyer_fiscal", "ir_tranche", period.thisYear.offset(-2, "year"));
      return add(
        mul(allOf(not(majeur), le(tranche, 1)), montants.montant_mineurs),
        mul(allOf(majeur, eq(tranche, 0)), montants.montant_majeurs_non_imposables),
        mul(allOf(majeur, eq(tranche, 1)), montants.montant_majeurs_1ere_tranche_ir),
      );
    },
  },
});
