import { add, div, mul, parsePeriod, type ParametersAccessor, type Period, type Population } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import type { FrenchParameters } from "../../src/parameter-types.generated.ts";
import { css } from "../../src/legal-references.ts";
import { AAH_REVENUS_ACTIVITE } from "../../src/ressources.ts";

/**
 * Each person's yearly resources for the AAH: their own (`propre`: professional income of the
 * reference quarter, or of N-2, less 80 % up to 30 % of the SMIC and 40 % above, then less 30 %
 * after a cessation of activity, as OpenFisca orders them; other N-2 income; less maintenance paid), and what they add to
 * their conjoint's (`commeConjoint`: income after the 10 % deduction, less 20 % until 2021, or
 * a flat sum and a sum per child from 2022) (CSS art. L821-3, R821-4, D821-9, R532-3, R532-5).
 */
export function ressourcesAnnuellesAah(
  individu: Population,
  period: Period,
  parameters: ParametersAccessor<FrenchParameters>,
): { propre: Float64Array; commeConjoint: Float64Array } {
  const pt = parameters(period);
  const p = pt.prestations_sociales.prestations_etat_de_sante.invalidite.aah;
  const smic = pt.marche_travail.salaire_minimum.smic;
  const tranche: number = 12 * p.travail_ordinaire.tranche_smic * smic.smic_b_horaire * smic.nb_heures_travail_mensuel;
  const garde1 = 1 - p.travail_ordinaire.abattement_30;
  const garde2 = 1 - p.travail_ordinaire.abattement_sup;
  const cessation = 1 - p.abattement_cessation_activite;
  const fraisPro = 1 - (pt.impot_revenu.calcul_revenus_imposables.deductions.abatpro.taux ?? 0.1);
  const forfait = p.abattement_conjoint.abattement_forfaitaire;
  const forfaitBase: number | undefined = forfait?.base;
  const forfaitEnfant: number = forfait?.majoration_pac ?? 0;
  const proportionnel: number = p.abattement_conjoint.abattement_proportionnel ?? 0;

  const trimestre = individu("aah_base_ressources_activite_eval_trimestrielle", period);
  const horsActivite = individu("aah_base_ressources_hors_activite_eval_annuelle", period);
  const anneeN2 = period.thisYear.offset(-2);
  const verseesTrimestre = individu(
    "pensions_alimentaires_versees_individu",
    parsePeriod(`month:${String(period.firstMonth.offset(-3))}:3`),
    "add",
  );
  const verseesN2 = individu("pensions_alimentaires_versees_individu", anneeN2, "add");
  const activiteN2 = new Float64Array(individu.count);
  for (const name of AAH_REVENUS_ACTIVITE.at(period)) {
    const v = individu(name, anneeN2, "add");
    for (let i = 0; i < activiteN2.length; i++) activiteN2[i]! += v[i]!;
  }
  const nbEnfants = individu.group("famille", "af_nbenf", period);

  const propre = new Float64Array(individu.count);
  const commeConjoint = new Float64Array(individu.count);
  for (let i = 0; i < propre.length; i++) {
    const actif = trimestre[i]! > 0;
    const a = actif ? trimestre[i]! : activiteN2[i]!;
    // Maintenance paid: four times the quarter's, or that of the year N-2 (CSS art. R532-3).
    const versees = actif ? 4 * Math.abs(verseesTrimestre[i]!) : Math.abs(verseesN2[i]!);
    // After a cessation of activity, the income of N-2 less 30 %, after the SMIC allowances.
    const abattus = Math.min(a, tranche) * garde1 + Math.max(0, a - tranche) * garde2;
    propre[i] = (actif ? abattus : abattus * cessation) + horsActivite[i]! - versees;
    const activiteConjoint = (actif ? trimestre[i]! : activiteN2[i]!) * fraisPro;
    if (forfaitBase !== undefined) {
      commeConjoint[i] = Math.max(0, activiteConjoint - forfaitBase - forfaitEnfant * nbEnfants[i]!) + horsActivite[i]!;
    } else commeConjoint[i] = (activiteConjoint + horsActivite[i]!) * (1 - proportionnel);
  }
  return { propre, commeConjoint };
}

/** For each parent, the value of the other parent of their famille (0 for a person alone or a child). */
function sommeDuConjoint(individu: Population, valeurs: ArrayLike<number>): Float64Array {
  const famille = individu.groupIndex("famille");
  const parent = individu.hasRole("famille", "parent");
  let nbFamilles = 0;
  for (let i = 0; i < famille.length; i++) if (famille[i]! + 1 > nbFamilles) nbFamilles = famille[i]! + 1;
  const totalParents = new Float64Array(nbFamilles);
  for (let i = 0; i < famille.length; i++) if (parent[i]) totalParents[famille[i]!]! += valeurs[i]!;
  const out = new Float64Array(famille.length);
  for (let i = 0; i < out.length; i++) out[i] = parent[i] ? totalParents[famille[i]!]! - valeurs[i]! : 0;
  return out;
}

export const aah_base_ressources_conjugalisee = defineVariable({
  name: "aah_base_ressources_conjugalisee",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  label: "Ressources mensuelles retenues pour l'AAH d'une personne, revenus du conjoint compris",
  // The person's own resources and what the conjoint's add (ressourcesAnnuellesAah), as a
  // monthly amount (CSS art. L821-3); from October 2023 only for those who keep the
  // conjugalised calculation (aah_conjugalise_eligible), the others' is deconjugalised.
  reference: css("L821-3", "R821-4", "D821-9", "R532-5"),
  formulas: {
    // Until June 2005, the income of N-2 without allowance, the conjoint's after the 10 %
    // deduction and 20 % (CSS art. R821-4 and D821-9 in their version of the time).
    "0001-01-01": ({ individu, period, parameters }) => {
      const pt = parameters(period);
      const proportionnel: number =
        pt.prestations_sociales.prestations_etat_de_sante.invalidite.aah.abattement_conjoint.abattement_proportionnel ?? 0;
      const fraisPro = 1 - (pt.impot_revenu.calcul_revenus_imposables.deductions.abatpro.taux ?? 0.1);
      const anneeN2 = period.thisYear.offset(-2);
      const propre = add(
        individu("aah_base_ressources_hors_activite_eval_annuelle", period),
        0,
        ...AAH_REVENUS_ACTIVITE.at(period).map((name) => individu(name, anneeN2, "add")),
      );
      return div(add(propre, mul(fraisPro * (1 - proportionnel), sommeDuConjoint(individu, propre))), 12);
    },
    // July 2005 to 2010: allowances by tranches of the SMIC horaire, not modelled.
    "2005-07-01": () => 0,
    "2011-01-01": ({ individu, period, parameters }) => {
      const { propre, commeConjoint } = ressourcesAnnuellesAah(individu, period, parameters);
      return div(add(propre, sommeDuConjoint(individu, commeConjoint)), 12);
    },
  },
});
