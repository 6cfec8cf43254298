import { add, maximum, sub, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { casf } from "../../src/legal-references.ts";

export const rsa_montant = defineVariable({
  name: "rsa_montant",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  label: "Montant calculé du RSA, avant seuil de versement",
  // Montant forfaitaire (majoré when isolated) minus resources and forfait logement
  // (CASF art. L262-2). Until 2015 the RSA activité also added back 62 % of earnings.
  reference: casf("L262-2", "L262-9", "R262-1"),
  formulas: {
    "2009-06-01": ({ famille, period }) => {
      const socle = famille("rsa_socle", period);
      const socleMajore = famille("rsa_socle_majore", period);
      const majore = famille("rsa_majore_eligibilite", period);
      const ressources = famille("rsa_base_ressources", period);
      const forfaitLogement = famille("rsa_forfait_logement", period);
      const partActivite = famille("rsa_revenu_activite", period);
      const forfaitaire = where(majore, maximum(socleMajore, socle), socle);
      const montant = sub(sub(add(forfaitaire, partActivite), ressources), forfaitLogement);
      return maximum(0, montant);
    },
  },
});
