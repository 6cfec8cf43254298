import { add, allOf, anyOf, eq, ge, gt, maximum, minimum, mul, not, select, sub, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";

export const nbptr = defineVariable({
  name: "nbptr",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  label: "Nombre de parts de quotient familial",
  // One part per declarant (two for a couple, and for a widow(er) with dependants), half a part
  // for each of the first two dependants and one from the third (half of it in alternating
  // residence, art. 194, I), half-part increases for disability, veterans, single parents
  // (case T) and persons living alone who raised a child (art. 195). Since the incomes of 2008.
  reference: cgi("194", "195"),
  formulas: {
    "2008-01-01": ({ foyer_fiscal, period, parameters }) => {
      const qf = parameters(period).impot_revenu.calcul_impot_revenu.plaf_qf.quotient_familial;
      const { conj, enf1, enf2, enf3_et_sup: enf3, veuf: partVeuf } = qf.cas_general;
      const { inv1, inv2, isol, not41, not42, not6 } = qf.couple_ou_pers_a_charge;
      const { not31a, not31b, not32 } = qf.sans_pers_a_charge;
      const f = (name: string) => foyer_fiscal(name, period);
      const [nbPac, nbG, nbH, nbI, nbR] = [f("nb_pac"), f("nbG"), f("nbH"), f("nbI"), f("nbR")];
      const [caseE, caseF, caseG, caseK, caseL, caseN, caseP, caseS, caseT, caseW] = [
        f("caseE"),
        f("caseF"),
        f("caseG"),
        f("caseK"),
        f("caseL"),
        f("caseN"),
        f("caseP"),
        f("caseS"),
        f("caseT"),
        f("caseW"),
      ];
      const pac = gt(nbPac, 0);
      const alternee = gt(nbH, 0);
      const alterneeSeulement = allOf(not(pac), alternee);
      const aucunePersonneACharge = allOf(not(pac), not(alternee));
      // Parts of n dependants by rank: first, second, third and more.
      const partsParRang = (n: ArrayLike<number>) =>
        add(mul(enf1, minimum(n, 1)), mul(enf2, maximum(minimum(sub(n, 1), 1), 0)), mul(enf3, maximum(sub(n, 2), 0)));
      // Children in alternating residence count half, ranked after those in exclusive custody.
      const enfantsAlternes = select(
        [
          [alterneeSeulement, mul(partsParRang(nbH), 0.5)],
          [allOf(alternee, eq(nbPac, 1)), mul(add(mul(enf2, minimum(nbH, 1)), mul(enf3, maximum(sub(nbH, 1), 0))), 0.5)],
          [allOf(alternee, gt(nbPac, 1)), mul(enf3 * 0.5, nbH)],
        ],
        0,
      );
      const enfants = add(enfantsAlternes, partsParRang(nbPac));
      // Disabled dependants: children (half for alternating residence) and other persons (case R).
      const invalides = add(mul(inv1, add(nbG, mul(nbI, 0.5))), mul(inv2, nbR));
      // Persons alone without dependants: disabled (P), veterans (W, G), having raised a child (E, K, L).
      const seulInvalideOuCombattant = maximum(
        mul(not31a, allOf(aucunePersonneACharge, caseP)),
        mul(not31b, allOf(aucunePersonneACharge, anyOf(caseW, caseG))),
      );
      const seulAyantEleveUnEnfant = mul(not32, allOf(aucunePersonneACharge, anyOf(caseE, caseK, caseL), not(caseN)));
      const personneSeule = maximum(seulInvalideOuCombattant, seulAyantEleveUnEnfant);
      // Couples: a disabled declarant (P, F) or a veteran (W, S).
      const couple = maximum(mul(not41, add(caseP, caseF)), mul(not42, anyOf(caseW, caseS)));
      // Single parent (case T): half a part, a quarter with one child in alternating residence only.
      const parentIsole = mul(
        mul(isol, caseT),
        where(
          alterneeSeulement,
          select(
            [
              [eq(nbH, 1), 0.5],
              [ge(nbH, 2), 1],
            ],
            0,
          ),
          pac,
        ),
      );
      const invalideAvecCharges = mul(not6, allOf(caseP, anyOf(pac, alternee)));
      const veufAvecCharges = mul(partVeuf, anyOf(pac, alternee));

      const maries = anyOf(f("maries_ou_pacses"), f("jeune_veuf"));
      const veuf = allOf(f("veuf"), not(f("jeune_veuf")));
      return select(
        [
          [maries, add(1 + conj, enfants, invalides, couple)],
          [veuf, add(1, veufAvecCharges, enfants, invalides, personneSeule, parentIsole, invalideAvecCharges)],
          [f("celibataire_ou_divorce"), add(1, enfants, invalides, personneSeule, invalideAvecCharges, parentIsole)],
        ],
        0,
      );
    },
  },
});
