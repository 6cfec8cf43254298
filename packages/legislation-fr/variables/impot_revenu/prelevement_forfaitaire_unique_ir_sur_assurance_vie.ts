import { add, anyOf, maximum, mul, sub, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const prelevement_forfaitaire_unique_ir_sur_assurance_vie = defineVariable({
  name: "prelevement_forfaitaire_unique_ir_sur_assurance_vie",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Partie du prélèvement forfaitaire unique associée à l'impôt sur le revenu sur l'assurance-vie",
  // Products of contracts under eight years at the flat rate (2ZZ); over eight years, after what the yearly
  // allowance leaves once the older products (2CH) have used it, at the reduced rate for premiums up to
  // 150 000 € (2VV) and the flat rate beyond (2WW) (CGI art. 125-0 A, 200 A, 2).
  reference: cgi("125-0 A", "200 A"),
  formulas: {
    "2018-01-01": ({ foyer_fiscal, period, parameters }) => {
      const f = (name: string) => foyer_fiscal(name, period);
      const pfu = parameters(period).taxation_capital.prelevement_forfaitaire.partir_2018;
      const taux = pfu.taux_prelevement_forfaitaire_rev_capital_eligibles_pfu_interets_dividendes_etc;
      const tauxReduit = pfu.taux_prelevement_produits_assurance_vie_non_eligibles_prelevement_forfaitaire_unique;
      const av = parameters(period).impot_revenu.calcul_revenus_imposables.rvcm.produits_assurances_vies_assimiles;
      const seul = anyOf(f("celibataire_ou_divorce"), f("veuf"), f("jeune_veuf"));
      const abattement = add(mul(av.abattement_couple, f("maries_ou_pacses")), mul(av.abattement_celib, seul));
      const residuel = maximum(sub(abattement, f("f2ch")), 0);
      const residuel2 = maximum(sub(residuel, f("f2vv")), 0);
      const montant = add(
        mul(f("f2zz"), taux),
        mul(maximum(sub(f("f2vv"), residuel), 0), tauxReduit),
        mul(maximum(sub(f("f2ww"), residuel2), 0), taux),
      );
      return where(f("f2op"), 0, montant);
    },
  },
});
