import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { estLocataire, menageDuDemandeur } from "../../src/aides-logement.ts";

export const aide_logement_montant_brut_avant_degressivite = defineVariable({
  name: "aide_logement_montant_brut_avant_degressivite",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  label: "Aide au logement d'un locataire avant dégressivité (L + C − Pp)",
  // CCH art. D823-16: loyer retenu plus forfait de charges less the participation
  // personnelle; only for tenants (statut locataire HLM, vide or meublé): the foyers and
  // the accession have other barèmes, not modelled.
  reference: cch("L823-1", "D823-16"),
  formulas: {
    "2002-01-01": ({ famille, period }) => {
      const statut = menageDuDemandeur(famille, "statut_occupation_logement", period);
      const loyer = famille("aide_logement_loyer_retenu", period);
      const charges = famille("aide_logement_charges", period);
      const participation = famille("aide_logement_participation_personnelle", period);
      const out = new Float64Array(famille.count);
      for (let i = 0; i < out.length; i++) {
        if (estLocataire(statut[i]!) && loyer[i]! > 0) out[i] = Math.max(0, loyer[i]! + charges[i]! - participation[i]!);
      }
      return out;
    },
  },
});
