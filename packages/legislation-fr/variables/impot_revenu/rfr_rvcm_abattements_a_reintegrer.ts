import { add, anyOf, div, eq, lt, maximum, minimum, mul, sub, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const rfr_rvcm_abattements_a_reintegrer = defineVariable({
  name: "rfr_rvcm_abattements_a_reintegrer",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Abattements sur les revenus de capitaux mobiliers réintégrés dans le revenu fiscal de référence",
  // The 40 % allowance on dividends counts in the RFR (CGI art. 1417, IV, 1°, c); since 2018, with the
  // flat tax, the allowance on life insurance is taken off instead when the foyer does not opt for the scale.
  reference: cgi("1417", "158"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period, parameters }) => {
      const div40 = parameters(period).impot_revenu.calcul_revenus_imposables.rvcm.revenus_capitaux_mobiliers_dividendes;
      const f = (name: string) => foyer_fiscal(name, period);
      const [f2dc, f2ts, f2ca, f2fu] = [f("f2dc"), f("f2ts"), f("f2ca"), f("f2fu")];
      const sansPfl = eq(f("f2da"), 0);
      const partNonAbattue = sub(1, mul(div40.taux_abattement, sansPfl));
      const fraisSurDividendes = mul(div(f2ca, maximum(1, add(f2dc, f2ts))), f2dc);
      const revenus = add(maximum(sub(mul(f2dc, partNonAbattue), fraisSurDividendes), 0), f("f2gr"), mul(f2fu, partNonAbattue));
      const abattementFixeNonUtilise = mul(
        -1,
        minimum(0, sub(revenus, mul(div40.abattement_forfaitaire ?? 0, add(1, f("maries_ou_pacses"))))),
      );
      return maximum(sub(mul(mul(div40.taux_abattement, add(f2dc, f2fu)), sansPfl), abattementFixeNonUtilise), 0);
    },
    "2013-01-01": ({ foyer_fiscal, period, parameters }) => {
      const taux: number =
        parameters(period).impot_revenu.calcul_revenus_imposables.rvcm.revenus_capitaux_mobiliers_dividendes.taux_abattement;
      return mul(add(foyer_fiscal("f2fu", period), foyer_fiscal("f2dc", period)), taux);
    },
    "2018-01-01": ({ foyer_fiscal, period, parameters }) => {
      const rvcm = parameters(period).impot_revenu.calcul_revenus_imposables.rvcm;
      const f = (name: string) => foyer_fiscal(name, period);
      const av = rvcm.produits_assurances_vies_assimiles;
      const seul = anyOf(f("celibataire_ou_divorce"), f("veuf"), f("jeune_veuf"));
      const abattementAv = add(mul(av.abattement_couple, f("maries_ou_pacses")), mul(av.abattement_celib, seul));
      const bareme = f("f2op");
      const f2ch = f("f2ch");
      const resteAbattement = maximum(0, minimum(add(f("f2vv"), f("f2ww")), sub(sub(abattementAv, f2ch), f("f2dh"))));
      const abattementAssuranceVie = where(bareme, 0, mul(lt(f2ch, abattementAv), resteAbattement));
      const abattementDividendes = where(
        bareme,
        mul(add(f("f2fu"), f("f2dc")), rvcm.revenus_capitaux_mobiliers_dividendes.taux_abattement),
        0,
      );
      return sub(abattementDividendes, abattementAssuranceVie);
    },
  },
});
