import { add, allOf, anyOf, eq, ge, gt, lt, maximum, minimum, mul, not, select, sub, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const ir_plaf_qf = defineVariable({
  name: "ir_plaf_qf",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Impôt après plafonnement des effets du quotient familial et réduction complémentaire",
  // The half-parts beyond the declarants' cannot lower the tax by more than a ceiling each (a
  // higher one for a single parent's first child, case T, and a lower one for persons alone who
  // raised a child, case L); a complementary reduction for disability and veterans, and for
  // widow(er)s with children, within the advantage lost; then the overseas reduction (CGI art. 197).
  reference: cgi("197"),
  formulas: {
    "2002-01-01": ({ foyer_fiscal, period, parameters }) => {
      const plafonds = parameters(period).impot_revenu.calcul_impot_revenu.plaf_qf.plafond_avantages_procures_par_demi_part;
      const f = (name: string) => foyer_fiscal(name, period);
      const brut = f("ir_brut");
      const { plafonne, perte, seuil } = plafonnement(
        f,
        plafonds.general,
        plafonds.celib_enf,
        plafonds.celib,
        (celibOuDivorce, veuf, nbPac) =>
          allOf(
            anyOf(celibOuDivorce, allOf(veuf, not(f("jeune_veuf")))),
            not(f("caseN")),
            eq(nbPac, 0),
            anyOf(f("caseK"), f("caseE")),
            lt(f("annee_naissance_pac_alterne"), period.start.year - 25),
          ),
      );
      // Complementary reduction: persons alone (or widowers) disabled, veterans, or having raised a child,
      // couples with a veteran over 74 (S); otherwise for each disability half-part.
      const [caseE, caseF, caseG, caseK, caseN, caseP, caseS, caseW] = [
        "caseE",
        "caseF",
        "caseG",
        "caseK",
        "caseN",
        "caseP",
        "caseS",
        "caseW",
      ].map(f);
      const [nbF, nbG, nbH, nbI, nbR] = ["nbF", "nbG", "nbH", "nbI", "nbR"].map(f);
      const nbPac = f("nb_pac");
      const seul = anyOf(f("celibataire_ou_divorce"), allOf(f("veuf"), not(f("jeune_veuf"))));
      const seulAvecCase = allOf(
        seul,
        anyOf(
          allOf(eq(nbPac, 0), anyOf(caseP!, caseG!, caseF!, caseW!)),
          allOf(caseP!, anyOf(gt(sub(nbF!, nbG!), 0), gt(sub(nbH!, nbI!), 0))),
          allOf(not(caseN!), anyOf(caseE!, caseK!), ge(f("annee_naissance_pac_alterne"), 1981)),
        ),
      );
      const coupleAncienCombattant = allOf(anyOf(f("maries_ou_pacses"), f("jeune_veuf")), caseS!, not(anyOf(caseP!, caseF!)));
      const uneReduction = anyOf(seulAvecCase, coupleAncienCombattant);
      const parDemiPart = where(anyOf(gt(add(nbG!, nbR!, nbI!), 0), caseP!, caseF!), add(caseP!, caseF!, nbG!, nbR!, mul(nbI!, 0.5)), 0);
      const reduction = mul(plafonds.reduc_postplafond, where(uneReduction, 1, parDemiPart));
      const apresReduction = sub(plafonne, minimum(reduction, perte));
      return where(lt(brut, seuil), apresReduction, plafonne);
    },
    "2013-01-01": ({ foyer_fiscal, period, parameters }) => {
      const plafQf = parameters(period).impot_revenu.calcul_impot_revenu.plaf_qf;
      const plafonds = plafQf.plafond_avantages_procures_par_demi_part;
      const f = (name: string) => foyer_fiscal(name, period);
      const brut = f("ir_brut");
      const { plafonne, perte, seuil } = plafonnement(
        f,
        plafonds.general,
        plafonds.celib_enf,
        plafonds.celib,
        (celibOuDivorce, veuf, nbPac) => allOf(anyOf(celibOuDivorce, veuf), eq(nbPac, 0), f("caseL")),
      );
      const plafonnementApplique = lt(brut, seuil);
      // Complementary reduction, within the advantage lost: per disability or veteran case, twice for a
      // couple both disabled, per disabled dependant (half in alternating residence), and for widowers with dependants.
      const [caseF, caseG, caseP, caseS, caseW] = ["caseF", "caseG", "caseP", "caseS", "caseW"].map(f);
      const [nbG, nbI, nbR] = ["nbG", "nbI", "nbR"].map(f);
      const casesPersonnelles = anyOf(caseP!, caseF!, caseW!, caseS!, caseG!);
      const invalidesACharge = anyOf(gt(nbG!, 0), gt(nbI!, 0), gt(nbR!, 0));
      const deuxInvalides = allOf(f("maries_ou_pacses"), caseP!, caseF!);
      const parCase = mul(
        plafonds.reduc_postplafond,
        select(
          [
            [deuxInvalides, 2],
            [casesPersonnelles, 1],
          ],
          0,
        ),
      );
      const parPersonne = mul(mul(plafonds.reduc_postplafond, add(nbG!, mul(nbI!, 0.5), nbR!)), invalidesACharge);
      const complementaire = where(allOf(plafonnementApplique, anyOf(casesPersonnelles, invalidesACharge)), add(parCase, parPersonne), 0);
      const veufs = where(allOf(plafonnementApplique, gt(f("nb_pac"), 0), f("veuf")), plafonds.reduc_postplafond_veuf, 0);
      const apresReduction = sub(plafonne, minimum(add(complementaire, veufs), perte));
      const impot = where(plafonnementApplique, apresReduction, plafonne);
      // Overseas: a share of the tax, up to a ceiling.
      const dom = plafQf.abat_dom;
      const antilles = anyOf(f("residence_fiscale_guadeloupe"), f("residence_fiscale_martinique"), f("residence_fiscale_reunion"));
      const guyaneMayotte = anyOf(f("residence_fiscale_guyane"), f("residence_fiscale_mayotte"));
      const abattementDom = add(
        mul(antilles, minimum(dom.guadeloupe_martinique_reunion.plaf, mul(dom.guadeloupe_martinique_reunion.taux, apresReduction))),
        mul(guyaneMayotte, minimum(dom.guyane_mayotte.plaf, mul(dom.guyane_mayotte.taux, apresReduction))),
      );
      return where(anyOf(antilles, guyaneMayotte), maximum(0, sub(apresReduction, abattementDom)), impot);
    },
  },
});

/**
 * The tax after the ceiling on the advantage of the half-parts: at least the tax of the declarants'
 * parts less the ceilings. `perte` is the advantage beyond them (what the ceiling takes back),
 * `seuil` the tax the ceiling imposes.
 */
function plafonnement(
  f: (name: string) => ArrayLike<number>,
  general: number,
  parentIsole: number,
  personneSeule: number,
  demiPartPersonneSeule: (celibOuDivorce: ArrayLike<number>, veuf: ArrayLike<number>, nbPac: ArrayLike<number>) => Uint8Array,
): { plafonne: Float64Array; perte: Float64Array; seuil: Float64Array } {
  const sansQuotient = f("ir_ss_qf");
  const brut = f("ir_brut");
  const nbParts = f("nbptr");
  const celibOuDivorce = f("celibataire_ou_divorce");
  const demiParts = mul(sub(nbParts, f("nb_adult")), 2);
  // A single parent's first child (case T): the first two half-parts have their own ceiling.
  const deuxPremieres = minimum(mul(sub(nbParts, 1), 2), 2);
  const parentIsoleCeiling = add(mul(parentIsole, mul(deuxPremieres, 0.5)), mul(general, sub(demiParts, deuxPremieres)));
  const isole = allOf(celibOuDivorce, f("caseT"));
  const seule = allOf(demiPartPersonneSeule(celibOuDivorce, f("veuf"), f("nb_pac")), not(isole));
  const plafond = select(
    [
      [isole, parentIsoleCeiling],
      [seule, personneSeule],
    ],
    mul(general, demiParts),
  );
  const seuil = maximum(0, sub(sansQuotient, plafond));
  return { plafonne: maximum(brut, seuil), perte: maximum(0, sub(sub(sansQuotient, brut), plafond)), seuil };
}
