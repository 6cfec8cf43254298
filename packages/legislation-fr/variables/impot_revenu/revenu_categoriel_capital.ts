import { add, anyOf, div, maximum, minimum, mul, sub, where, type Population, type Period } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";
import type { FrenchParameters } from "../../src/parameter-types.generated.ts";

type Rvcm = FrenchParameters["impot_revenu"]["calcul_revenus_imposables"]["rvcm"];

/** The allowance on life-insurance products: a couple's or a single person's. */
function abattementAssuranceVie(foyer: Population, period: Period, rvcm: Rvcm): Float64Array {
  const av = rvcm.produits_assurances_vies_assimiles;
  const seul = anyOf(foyer("celibataire_ou_divorce", period), foyer("veuf", period), foyer("jeune_veuf", period));
  return add(mul(av.abattement_couple, foyer("maries_ou_pacses", period)), mul(av.abattement_celib, seul));
}

/** From 2013: dividends less 40 %, life insurance less its allowance, interest; less costs and past deficits. */
function depuis2013(foyer: Population, period: Period, rvcm: Rvcm, autresInterets: readonly ArrayLike<number>[]): Float64Array {
  const f = (name: string) => foyer(name, period);
  const dividendes = add(f("f2fu"), f("f2dc"));
  const assuranceVie = f("f2ch");
  const apresAbattements = add(
    sub(dividendes, mul(dividendes, rvcm.revenus_capitaux_mobiliers_dividendes.taux_abattement)),
    sub(assuranceVie, minimum(assuranceVie, abattementAssuranceVie(foyer, period, rvcm))),
    f("f2ts"),
    f("f2tr"),
    ...autresInterets,
    mul(f("f2go"), rvcm.majoration_revenus_reputes_distribues),
  );
  return maximum(0, sub(sub(apresAbattements, f("f2ca")), f("deficit_rcm")));
}

/** From 2018 the flat tax (PFU) takes most of them, unless the foyer opts for the scale (box 2OP). */
function depuis2018(foyer: Population, period: Period, rvcm: Rvcm, autresBareme: readonly string[]): Float64Array {
  const f = (name: string) => foyer(name, period);
  const bareme = f("f2op");
  const abattementAv = abattementAssuranceVie(foyer, period, rvcm);
  const assuranceVie = f("f2ch");
  const residuel = maximum(sub(abattementAv, assuranceVie), 0);
  const residuel2 = maximum(sub(residuel, f("f2vv")), 0);
  const dividendes = add(f("f2fu"), f("f2dc"));
  const auBareme = add(
    f("f2zz"),
    maximum(sub(f("f2vv"), residuel), 0),
    maximum(sub(f("f2ww"), residuel2), 0),
    sub(dividendes, mul(dividendes, rvcm.revenus_capitaux_mobiliers_dividendes.taux_abattement)),
    f("f2ts"),
    f("f2tr"),
    f("f2tt"),
    mul(f("f2go"), rvcm.majoration_revenus_reputes_distribues),
    ...autresBareme.map(f),
  );
  const revenus = add(f("f2yy"), sub(assuranceVie, minimum(assuranceVie, abattementAv)), where(bareme, auBareme, 0));
  return maximum(0, sub(sub(revenus, where(bareme, f("f2ca"), 0)), f("deficit_rcm")));
}

export const revenu_categoriel_capital = defineVariable({
  name: "revenu_categoriel_capital",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Revenu catégoriel des capitaux mobiliers",
  // CGI art. 158, 3 (40 % allowance on dividends), 125-0 A (life insurance), 200 A (PFU since 2018).
  reference: cgi("158", "125-0 A", "200 A"),
  formulas: {
    "2005-01-01": ({ foyer_fiscal, period, parameters }) => {
      // Until 2012: dividends taxed at the scale (no option for the flat levy, box 2DA) get the
      // 40 % allowance, then a fixed allowance per declarant; costs are shared between 2DC and 2TS.
      const rvcm = parameters(period).impot_revenu.calcul_revenus_imposables.rvcm;
      const dividendes = rvcm.revenus_capitaux_mobiliers_dividendes;
      const f = (name: string) => foyer_fiscal(name, period);
      const [f2dc, f2ts, f2ca, f2ch] = [f("f2dc"), f("f2ts"), f("f2ca"), f("f2ch")];
      const partNonAbattue = sub(1, mul(dividendes.taux_abattement, where(f("f2da"), 0, 1)));
      const fraisSurDividendes = mul(div(f2ca, maximum(1, add(f2dc, f2ts))), f2dc);
      const dividendesNets = sub(mul(f2dc, partNonAbattue), fraisSurDividendes);
      const fraisRestants = mul(-1, minimum(dividendesNets, 0));
      const proportionnels = add(
        sub(f2ch, minimum(f2ch, abattementAssuranceVie(foyer_fiscal, period, rvcm))),
        maximum(dividendesNets, 0),
        f("f2gr"),
        mul(f("f2fu"), partNonAbattue),
      );
      const apresAbattementFixe = maximum(
        0,
        sub(proportionnels, mul(dividendes.abattement_forfaitaire ?? 0, add(1, f("maries_ou_pacses")))),
      );
      const autres = add(
        sub(f2ts, sub(f2ca, fraisSurDividendes)),
        mul(f("f2go"), rvcm.majoration_revenus_reputes_distribues),
        sub(f("f2tr"), fraisRestants),
      );
      return maximum(sub(add(apresAbattementFixe, autres), f("deficit_rcm")), 0);
    },
    "2013-01-01": ({ foyer_fiscal, period, parameters }) =>
      depuis2013(foyer_fiscal, period, parameters(period).impot_revenu.calcul_revenus_imposables.rvcm, []),
    "2016-01-01": ({ foyer_fiscal, period, parameters }) => {
      // Interest of crowdlending (2TT) net of its losses (2TU).
      const interets = maximum(0, sub(foyer_fiscal("f2tt_2016", period), foyer_fiscal("f2tu_2016", period)));
      return depuis2013(foyer_fiscal, period, parameters(period).impot_revenu.calcul_revenus_imposables.rvcm, [interets]);
    },
    "2017-01-01": ({ foyer_fiscal, period, parameters }) =>
      depuis2013(foyer_fiscal, period, parameters(period).impot_revenu.calcul_revenus_imposables.rvcm, [foyer_fiscal("f2tt", period)]),
    "2018-01-01": ({ foyer_fiscal, period, parameters }) =>
      depuis2018(foyer_fiscal, period, parameters(period).impot_revenu.calcul_revenus_imposables.rvcm, []),
    "2019-01-01": ({ foyer_fiscal, period, parameters }) =>
      depuis2018(foyer_fiscal, period, parameters(period).impot_revenu.calcul_revenus_imposables.rvcm, ["f2tq"]),
    "2020-01-01": ({ foyer_fiscal, period, parameters }) =>
      depuis2018(foyer_fiscal, period, parameters(period).impot_revenu.calcul_revenus_imposables.rvcm, ["f2tq", "f2tz"]),
  },
});
