import { add, allOf, eq, le, maximum, mul, sub } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const contribution_differentielle_hauts_revenus_decote = defineVariable({
  name: "contribution_differentielle_hauts_revenus_decote",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Décote de la contribution différentielle sur les hauts revenus",
  // Up to a ceiling of resources, the minimum tax is reduced by the difference between it and a share of
  // the resources beyond the threshold (CGI art. 224, III, 3°).
  reference: cgi("224"),
  formulas: {
    "2025-01-01": ({ foyer_fiscal, period, parameters }) => {
      const p = parameters(period).impot_revenu.contributions_exceptionnelles.contribution_differentielle_hauts_revenus;
      const ressources = foyer_fiscal("contribution_differentielle_hauts_revenus_ressources", period);
      const nbAdultes = foyer_fiscal("nb_adult", period);
      const celibataire = eq(nbAdultes, 1);
      const couple = eq(nbAdultes, 2);
      const impotCible = mul(ressources, p.taux_cdhr);
      const decote = (seuil: number, situation: ArrayLike<number>) =>
        maximum(0, sub(impotCible, mul(p.taux_decote, mul(situation, sub(ressources, seuil)))));
      const decoteCelibataire = mul(
        allOf(celibataire, le(ressources, p.plafond_revenus_decote_celibataire)),
        decote(p.seuil_celibataire, celibataire),
      );
      const decoteCouple = mul(allOf(couple, le(ressources, p.plafond_revenus_decote_couple)), decote(p.seuil_couple, couple));
      return mul(foyer_fiscal("contribution_differentielle_hauts_revenus_eligible", period), add(decoteCelibataire, decoteCouple));
    },
  },
});
