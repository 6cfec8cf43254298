import { mul } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { sumOverRsaFoyer } from "../../src/formula-helpers.ts";
import { casf } from "../../src/legal-references.ts";

export const rsa_revenu_activite = defineVariable({
  name: "rsa_revenu_activite",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  label: "Part des revenus d'activité du foyer ajoutée au montant forfaitaire (RSA activité, jusqu'en 2015)",
  // Until the prime d'activité replaced it, the RSA added 62 % of the foyer's earnings to
  // the montant forfaitaire (CASF art. L262-2 and R262-1, version 2009-2015).
  reference: casf("L262-2", "R262-1"),
  formulas: {
    "0001-01-01": ({ famille, period, parameters }) => {
      const pente: number =
        parameters(period).prestations_sociales.solidarite_insertion.minima_sociaux.rsa.rsa_maj.majoration_ressources_revenus_activite ?? 0;
      if (pente === 0) return 0;
      return mul(pente, sumOverRsaFoyer(famille, famille.members("rsa_revenu_activite_individu", period), period));
    },
  },
});
