import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const aspa = defineVariable({
  name: "aspa",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Allocation de solidarité aux personnes âgées",
  // The ceiling (a person alone, or a couple whether one or both are beneficiaries) less
  // the resources, within the maximal amount: that of a person alone when one member is
  // eligible, that of a couple when both are (CSS art. L815-1, L815-9, D815-1 and D815-2).
  // Paid to the famille, as OpenFisca. The ASI is an input, counted as a resource; its
  // own combined amounts with the ASPA within a couple are not modelled.
  reference: css("L815-1", "L815-9", "D815-1", "D815-2"),
  formulas: {
    "2006-01-01": ({ famille, period, parameters }) => {
      const p = parameters(period).prestations_sociales.solidarite_insertion.minimum_vieillesse.aspa;
      const eligibles = famille.sum(famille.members("aspa_eligibilite", period), "parent");
      // Nobody of age in the batch: no need to evaluate anyone's resources.
      if (!eligibles.some((n) => n > 0)) return 0;
      const montantSeul: number = p.montant_maximum_annuel.personnes_seules / 12;
      const montantCouple: number = p.montant_maximum_annuel.couples / 12;
      const plafondSeul: number = p.plafond_ressources.personnes_seules / 12;
      const plafondCouple: number = p.plafond_ressources.couples / 12;
      const enCouple = famille("en_couple", period);
      const ressources = famille("asi_aspa_base_ressources", period);
      const out = new Float64Array(famille.count);
      for (let i = 0; i < out.length; i++) {
        if (eligibles[i]! <= 0) continue;
        const montant = eligibles[i]! >= 2 ? montantCouple : montantSeul;
        const plafond = enCouple[i] ? plafondCouple : plafondSeul;
        out[i] = Math.max(0, Math.min(montant, plafond - ressources[i]!));
      }
      return out;
    },
  },
});
