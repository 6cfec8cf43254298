import { add, allOf, anyOf, gt, le, mul, sub } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const correction_ir_seuils_recouvrement = defineVariable({
  name: "correction_ir_seuils_recouvrement",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Correction de l'impôt par les seuils de mise en recouvrement",
  // A tax still due is not collected when, before credits, it is at most the first threshold, or
  // when, after credits, it is at most the second one (CGI art. 1657, 1 bis). The flat levy already
  // paid (prélèvement forfaitaire libératoire) is not part of it.
  reference: cgi("1657"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period, parameters }) => {
      const seuils = parameters(period).impot_revenu.calcul_impot_revenu.recouvrement;
      const f = (name: string) => foyer_fiscal(name, period);
      const avantImputations = sub(
        add(f("iai"), f("contribution_exceptionnelle_hauts_revenus"), f("prelevement_forfaitaire_unique_ir")),
        f("prelevement_forfaitaire_liberatoire"),
      );
      const apresImputations = sub(sub(avantImputations, f("credits_impot")), f("acomptes_ir"));
      const resteDu = gt(apresImputations, 0);
      const nonRecouvre = anyOf(
        allOf(le(avantImputations, seuils.min_avant_credits_impots), resteDu),
        allOf(gt(avantImputations, seuils.min_avant_credits_impots), resteDu, le(apresImputations, seuils.min_apres_credits_impots)),
      );
      return mul(nonRecouvre, f("impot_revenu_avant_seuils_mise_recouvrement"));
    },
  },
});
