import { defineEnum, knownConstant } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { casf } from "../../src/legal-references.ts";

export const TypesRsaNonCalculable = defineEnum("TypesRsaNonCalculable", {
  calculable: "Calculable",
  tns: "Allocataire travailleur non salarié : droit évalué par le département",
  conjoint_tns: "Conjoint travailleur non salarié : droit évalué par le département",
});

export const rsa_non_calculable = defineVariable({
  name: "rsa_non_calculable",
  entity: "famille",
  valueType: "enum",
  possibleValues: TypesRsaNonCalculable,
  default: "calculable",
  definitionPeriod: "month",
  setInputPolicy: "dispatchByPeriod",
  label: "Le RSA ne peut pas être calculé ici (travailleur non salarié)",
  // Until 2016, the income of a self-employed person was set by the président du conseil
  // départemental (CASF art. R262-19 to R262-25, version antérieure à 2017).
  reference: casf("R262-19", "R262-25"),
  formulas: {
    "2009-06-01": ({ famille, period }) => {
      const eligible = famille("rsa_eligibilite", period);
      const tns = new Uint8Array(famille.memberHasRole("parent").length);
      for (const name of ["rpns_benefice_exploitant_agricole", "rpns_autres_revenus", "rpns_autres_revenus_chiffre_affaires"]) {
        const v = famille.members(name, period.lastYear, "add"); // the turnover is monthly, the profits yearly
        if (knownConstant(v) === 0) continue; // an undeclared income marks nobody
        for (let i = 0; i < tns.length; i++) if (v[i]! > 0) tns[i] = 1;
      }
      const demandeur = famille.valueFromPerson(tns, "demandeur");
      const conjoint = famille.valueFromPerson(tns, "conjoint");
      const out = new Int32Array(famille.count);
      for (let i = 0; i < out.length; i++) {
        if (!eligible[i]) continue;
        out[i] = demandeur[i] ? TypesRsaNonCalculable.index("tns") : conjoint[i] ? TypesRsaNonCalculable.index("conjoint_tns") : 0;
      }
      return out;
    },
    "2017-01-01": () => 0,
  },
});
