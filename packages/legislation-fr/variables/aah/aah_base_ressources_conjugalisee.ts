import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";
import { AAH_REVENUS_ACTIVITE } from "../../src/ressources.ts";

/** From this month, the conjoint's income no longer counts (loi n° 2022-1158 du 16 août 2022, art. 10). */
export const DECONJUGALISATION_AAH = "2023-10-01";

export const aah_base_ressources_conjugalisee = defineVariable({
  name: "aah_base_ressources_conjugalisee",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  label: "Ressources mensuelles retenues pour l'AAH d'une personne, revenus du conjoint compris",
  // Own professional income of the reference quarter (or of N-2, less 30 % after a
  // cessation of activity), less 80 % up to 30 % of the SMIC and 40 % above (CSS art.
  // R821-4, D821-9 and R532-5), plus other N-2 income ; the conjoint's income after the
  // 10 % deduction, then less 20 % (until 2021) or a flat sum per year plus a sum per
  // child (2022 to September 2023), and not at all from October 2023 (L821-3).
  reference: css("L821-3", "R821-4", "D821-9", "R532-5"),
  formulas: {
    "2011-01-01": ({ individu, period, parameters }) => {
      const pt = parameters(period);
      const p = pt.prestations_sociales.prestations_etat_de_sante.invalidite.aah;
      const smic = pt.marche_travail.salaire_minimum.smic;
      const tranche: number = 12 * p.travail_ordinaire.tranche_smic * smic.smic_b_horaire * smic.nb_heures_travail_mensuel;
      const garde1 = 1 - p.travail_ordinaire.abattement_30;
      const garde2 = 1 - p.travail_ordinaire.abattement_sup;
      const cessation = 1 - p.abattement_cessation_activite;
      const fraisPro = 1 - (pt.impot_revenu.calcul_revenus_imposables.deductions.abatpro.taux ?? 0.1);
      const debut = period.start.toString();
      const deconjugalise = debut >= DECONJUGALISATION_AAH;
      const forfait = p.abattement_conjoint.abattement_forfaitaire;
      const forfaitBase: number | undefined = forfait?.base;
      const forfaitEnfant: number = forfait?.majoration_pac ?? 0;
      const proportionnel: number = p.abattement_conjoint.abattement_proportionnel ?? 0;

      const trimestre = individu("aah_base_ressources_activite_eval_trimestrielle", period);
      const horsActivite = individu("aah_base_ressources_hors_activite_eval_annuelle", period);
      const anneeN2 = period.thisYear.offset(-2);
      const activiteN2 = new Float64Array(individu.count);
      for (const name of AAH_REVENUS_ACTIVITE.at(period)) {
        const v = individu(name, anneeN2, "add");
        for (let i = 0; i < activiteN2.length; i++) activiteN2[i]! += v[i]!;
      }
      const famille = individu.groupIndex("famille");
      const parent = individu.hasRole("famille", "parent");
      const nbEnfants = individu.group("famille", "af_nbenf", period);

      const propre = new Float64Array(individu.count);
      const commeConjoint = new Float64Array(individu.count);
      let nbFamilles = 0;
      for (let i = 0; i < propre.length; i++) {
        const actif = trimestre[i]! > 0;
        const a = actif ? trimestre[i]! : activiteN2[i]! * cessation;
        propre[i] = Math.min(a, tranche) * garde1 + Math.max(0, a - tranche) * garde2 + horsActivite[i]!;
        const activiteConjoint = (actif ? trimestre[i]! : activiteN2[i]!) * fraisPro;
        if (deconjugalise) commeConjoint[i] = 0;
        else if (forfaitBase !== undefined) {
          commeConjoint[i] = Math.max(0, activiteConjoint - forfaitBase - forfaitEnfant * nbEnfants[i]!) + horsActivite[i]!;
        } else commeConjoint[i] = (activiteConjoint + horsActivite[i]!) * (1 - proportionnel);
        if (famille[i]! + 1 > nbFamilles) nbFamilles = famille[i]! + 1;
      }
      const totalConjoints = new Float64Array(nbFamilles);
      for (let i = 0; i < propre.length; i++) if (parent[i]) totalConjoints[famille[i]!]! += commeConjoint[i]!;
      const out = new Float64Array(individu.count);
      for (let i = 0; i < out.length; i++) {
        const conjoint = parent[i] ? totalConjoints[famille[i]!]! - commeConjoint[i]! : 0;
        out[i] = (propre[i]! + conjoint) / 12;
      }
      return out;
    },
  },
});
