import { add, allOf, anyOf, div, eq, ge, gt, le, maximum, minimum, mul, not, sub, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cgi } from "../../src/legal-references.ts";
import type { FrenchParameters } from "../../src/parameter-types.generated.ts";

type Ppe = FrenchParameters["impot_revenu"]["credits_impots"]["ppe"];

/** The prime of a full-time earner on `base`: rising to the full rate, then falling to the maximum. */
function baremeGeneral(base: ArrayLike<number>, p: Ppe): Float64Array {
  const s = p.seuils_revenu_activite;
  return add(
    mul(le(base, s.pour_taux_plein_cas_general), mul(base, p.taux.phase_in)),
    mul(
      allOf(gt(base, s.pour_taux_plein_cas_general), le(base, s.maximum_cas_general)),
      mul(sub(s.maximum_cas_general, base), p.taux.phase_out_cas_general),
    ),
  );
}

/** Part time: up to half time the prime is raised by a share of it, above that less and less (CGI art. 200 sexies, I, B, 3°). */
function majorationTempsPartiel(coefTp: ArrayLike<number>, p: Ppe): Float64Array {
  const { taux_1, taux_2 } = p.coefficient_majoration_ppe_temps_partiel;
  return where(le(coefTp, 0.5), mul(coefTp, 1 + taux_1), add(mul(coefTp, taux_2), 1 - taux_2));
}

export const ppe_brute = defineVariable({
  name: "ppe_brute",
  entity: "foyer_fiscal",
  valueType: "float",
  definitionPeriod: "year",
  end: "2015-12-31",
  label: "Prime pour l'emploi brute",
  // Each eligible member's prime on his earnings converted to a full time (with the scale of couples where
  // only one works, and of single parents), adjusted for part time, plus the lump sums of the single
  // earner of a couple and per person à charge; a prime due is at least the minimum (CGI art. 200 sexies).
  reference: cgi("200 sexies"),
  formulas: {
    "0001-01-01": ({ foyer_fiscal, period, parameters }) => {
      const p = parameters(period).impot_revenu.credits_impots.ppe;
      const s = p.seuils_revenu_activite;
      const parPac = p.supplements.par_personne_charge;
      const f = (name: string) => foyer_fiscal(name, period);
      const eligible = f("ppe_elig");
      const coef = f("ppe_coef");
      const nbH = f("nbH");
      const maries = f("maries_ou_pacses");
      const seul = anyOf(f("celibataire_ou_divorce"), f("veuf"));
      const caseT = f("caseT");

      const eligibleI = foyer_fiscal.members("ppe_elig_individu", period);
      const revenuI = foyer_fiscal.members("ppe_rev", period);
      const baseI = foyer_fiscal.members("ppe_base", period);
      const coefTpI = foyer_fiscal.members("ppe_coef_tp", period);
      const duDeclarant = (v: ArrayLike<number>) => foyer_fiscal.valueFromPerson(v, "declarant_principal");
      const duConjoint = (v: ArrayLike<number>) => foyer_fiscal.valueFromPerson(v, "conjoint");
      const eliv = duDeclarant(eligibleI);
      const elic = duConjoint(eligibleI);
      const [revenuV, revenuC] = [duDeclarant(revenuI), duConjoint(revenuI)];
      const [baseV, baseC] = [duDeclarant(baseI), duConjoint(baseI)];

      const nbPac = maximum(0, sub(f("nb_pac"), foyer_fiscal.sum(eligibleI, "personne_a_charge")));
      const pacPonderes = add(nbPac, mul(nbH, 0.5));
      const sansPac = eq(nbPac, 0);

      // Couples where one alone earns the minimum; single parents (case T, not a widow also in case L).
      const monoActif = allOf(maries, not(eq(ge(revenuV, s.minimum), ge(revenuC, s.minimum))));
      const parentIsole = allOf(seul, caseT, not(allOf(f("veuf"), caseT, f("caseL"))));
      const casGeneral = allOf(not(monoActif), not(parentIsole));
      const baseMonoActif = mul(monoActif, add(mul(eliv, baseV), mul(elic, baseC)));
      const revenuMonoActif = mul(monoActif, add(mul(eliv, revenuV), mul(elic, revenuC)));

      const baremeDeclarant = (base: ArrayLike<number>) =>
        add(
          baremeGeneral(base, p),
          mul(
            allOf(monoActif, gt(base, s.pour_taux_plein_couples_mono_revenus), le(base, s.max_couples_mono_emploi_parents_isoles)),
            mul(sub(s.max_couples_mono_emploi_parents_isoles, base), p.taux.phase_out_couples_mono_emploi),
          ),
        );
      const primeV = mul(eliv, div(baremeDeclarant(baseV), coef));
      const primeC = mul(elic, div(baremeDeclarant(baseC), coef));

      const monoActifV = mul(
        allOf(eliv, monoActif, ge(revenuV, s.minimum), le(baseV, s.pour_taux_plein_couples_mono_revenus)),
        p.supplements.couples_mono_emploi,
      );
      const monoActifC = mul(
        allOf(elic, monoActif, ge(revenuC, s.minimum), le(baseC, s.pour_taux_plein_couples_mono_revenus)),
        p.supplements.couples_mono_emploi,
      );

      const auDessusDuMaximum = (base: ArrayLike<number>) =>
        allOf(gt(base, s.maximum_cas_general), le(base, s.max_couples_mono_emploi_parents_isoles));
      const majorationPac = mul(
        allOf(eligible, anyOf(eliv, elic)),
        add(
          mul(
            allOf(casGeneral, maries, not(eq(add(primeV, primeC), 0)), le(minimum(baseV, baseC), s.maximum_cas_general)),
            mul(parPac, pacPonderes),
          ),
          mul(allOf(casGeneral, seul, eliv, le(baseV, s.maximum_cas_general)), mul(parPac, pacPonderes)),
          mul(allOf(monoActif, ge(revenuMonoActif, s.minimum), le(baseMonoActif, s.maximum_cas_general)), mul(parPac, pacPonderes)),
          mul(
            allOf(monoActif, auDessusDuMaximum(baseMonoActif)),
            mul(parPac, add(not(sansPac), mul(0.5, allOf(sansPac, not(eq(nbH, 0)))))),
          ),
          mul(
            allOf(parentIsole, ge(revenuV, s.minimum), le(baseV, s.maximum_cas_general)),
            add(
              add(mul(minimum(nbPac, 1), 2 * parPac), mul(maximum(sub(nbPac, 1), 0), parPac)),
              mul(sansPac, add(mul(minimum(nbH, 2), parPac), mul(maximum(sub(nbH, 2), 0), parPac * 0.5))),
            ),
          ),
          mul(allOf(parentIsole, auDessusDuMaximum(baseV)), mul(parPac, add(mul(not(sansPac), 2), allOf(sansPac, not(eq(nbH, 0)))))),
        ),
      );

      const primeDeclarant = mul(eligible, add(mul(primeV, majorationTempsPartiel(duDeclarant(coefTpI), p)), monoActifV));
      const primeConjoint = mul(eligible, add(mul(primeC, majorationTempsPartiel(duConjoint(coefTpI), p)), monoActifC));
      const primePac = mul(
        eligible,
        div(foyer_fiscal.sum(mul(mul(eligibleI, baremeGeneral(baseI, p)), majorationTempsPartiel(coefTpI, p)), "personne_a_charge"), coef),
      );

      const total = add(primeDeclarant, primeConjoint, primePac, majorationPac);
      return where(eq(total, 0), 0, maximum(p.montant_minimum, total));
    },
  },
});
