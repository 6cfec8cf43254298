import { maximum, sub } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { casf } from "../../src/legal-references.ts";

export const rsa_activite = defineVariable({
  name: "rsa_activite",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  end: "2015-12-31",
  label: "Revenu de solidarité active - activité",
  // Until 2015 the RSA paid beyond what the RSA socle (the former RMI: the montant forfaitaire less the
  // forfait logement and the resources) would give (CASF L262-2, version of 2009 to 2015).
  reference: casf("L262-2"),
  formulas: {
    "2009-06-01": ({ famille, period }) => {
      const f = (name: string) => famille(name, period);
      const rmi = maximum(0, sub(sub(f("rsa_socle"), f("rsa_forfait_logement")), f("rsa_base_ressources")));
      return maximum(sub(f("rsa"), rmi), 0);
    },
  },
});
