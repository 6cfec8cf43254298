import { add, gt, minimum, mul } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const contribution_differentielle_hauts_revenus_penalite_acompte = defineVariable({
  name: "contribution_differentielle_hauts_revenus_penalite_acompte",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Pénalité sur l'acompte de la CDHR en cas de défaut, retard ou sous-estimation",
  // A 20 % majoration of the advance missing when the advance paid falls short of the one due by more than
  // the tolerance (LF 2025, art. 10, III bis, C); the contribution and the advance due are negative, the
  // advance paid positive.
  reference: cgi("224"),
  formulas: {
    "2025-01-01": ({ foyer_fiscal, period, parameters }) => {
      const p = parameters(period).impot_revenu.contributions_exceptionnelles.contribution_differentielle_hauts_revenus;
      const acompteDu = mul(foyer_fiscal("contribution_differentielle_hauts_revenus", period), p.taux_acompte);
      const acompteVerse = foyer_fiscal("contribution_differentielle_hauts_revenus_acompte_verse", period);
      const seuil = mul(acompteDu, 1 - p.taux_seuil_sous_estimation);
      const assiette = minimum(add(acompteDu, acompteVerse), 0);
      return mul(mul(gt(mul(acompteVerse, -1), seuil), assiette), p.taux_penalite_acompte);
    },
  },
});
