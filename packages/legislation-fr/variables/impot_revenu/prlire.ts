import { add, anyOf, maximum, minimum, mul, sub } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const prlire = defineVariable({
  name: "prlire",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Prélèvement libératoire à restituer (case 2DH)",
  // The levy paid on life-insurance products of eight years and more (2DH) is given back within the yearly
  // allowance the products taxed at the scale (2CH) leave (CGI art. 125-0 A, I, 2°; 158, 6°, bis).
  reference: cgi("125-0 A"),
  formulas: {
    "2002-01-01": ({ foyer_fiscal, period, parameters }) => {
      const f = (name: string) => foyer_fiscal(name, period);
      const av = parameters(period).impot_revenu.calcul_revenus_imposables.rvcm.produits_assurances_vies_assimiles;
      const seul = anyOf(f("celibataire_ou_divorce"), f("veuf"), f("jeune_veuf"));
      const abattement = add(mul(av.abattement_couple, f("maries_ou_pacses")), mul(av.abattement_celib, seul));
      const residuel = maximum(sub(abattement, f("f2ch")), 0);
      return mul(parameters(period).impot_revenu.credits_impots.prlire.taux, minimum(f("f2dh"), residuel));
    },
  },
});
