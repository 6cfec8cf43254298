import { add, knownConstant, minimum } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { casf } from "../../src/legal-references.ts";

/**
 * Family benefits counted for the month of right (CASF art. R262-6). The ASF counts within
 * its forfait per child (`rsa_forfait_asf`, R262-10-1). The complément familial counts without its majoration (R262-11),
 * and only when paid: `min(cf, cf_non_majore_avant_cumul)` below. The allocations
 * familiales count without their majorations pour âge nor the allocation forfaitaire
 * (R262-11, 3°): `min(af, af_base)`, the allocation de base, or the AF given as input when
 * lower. Their complément dégressif is not counted either: it starts with incomes far above
 * any RSA.
 */
const PRESTATIONS = ["paje_base", "paje_clca", "paje_prepare", "paje_colca"];

export const rsa_base_ressources_prestations_familiales = defineVariable({
  name: "rsa_base_ressources_prestations_familiales",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Prestations familiales retenues dans les ressources du RSA",
  reference: casf("R262-6", "R262-10-1", "R262-11"),
  formulas: {
    "0001-01-01": ({ famille, period }) => {
      const cf = famille("cf", period);
      const cfNonMajore = famille("cf_non_majore_avant_cumul", period);
      const asf = famille("rsa_forfait_asf", period);
      const af = famille("af", period);
      // Without allocations familiales, af_base (and the resources it reads) is not computed.
      const afRetenues = knownConstant(af) === 0 ? 0 : minimum(af, famille("af_base", period));
      return add(minimum(cf, cfNonMajore), asf, afRetenues, ...PRESTATIONS.map((name) => famille(name, period)));
    },
  },
});
