import { knownConstant, parsePeriod } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";
import { previousMonths, sumOf } from "../../src/formula-helpers.ts";
import { ASS_RECETTES_MICRO_DECLAREES } from "../ass/ass_base_ressources_individu.ts";
import { ASPA_RESSOURCES, ASPA_REVENUS_ACTIVITE, BENEFICES_NON_SALARIES, CHIFFRES_AFFAIRES_MICRO } from "../../src/ressources.ts";

export const asi_aspa_base_ressources_individu = defineVariable({
  name: "asi_aspa_base_ressources_individu",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Ressources mensuelles d'une personne pour l'ASPA (moyenne du trimestre précédent)",
  // The resources of the three months before the month of right (CSS art. R815-29), of
  // any kind (R815-22): pensions gross, declared capital income, a micro-entrepreneur's
  // turnover after its tax allowance (the month's, or a quarter of the receipts of the year
  // before declared as micro-BNC or micro-BIC) and a quarter of other self-employed profits of the
  // year before, earnings gross less a forfaitaire allowance of a share of the SMIC
  // mensuel brut of 1 January for the quarter, 0.9 for a person alone and 1.5 for a
  // member of a couple (R815-29), less the maintenance paid (R815-22). The AAH counts unless the person is eligible to the
  // ASPA or the ASI or receives an invalidity pension. Not modelled: the notional income of
  // property other than the main home (3 % of its value a year, R815-25) and the twelve-month evaluation when the
  // quarter exceeds the quarterly ceiling.
  reference: css("R815-22", "R815-29"),
  formulas: {
    "2006-01-01": ({ individu, period, parameters }) => {
      const janvier = parameters(`${period.start.toString().slice(0, 4)}-01-01`);
      const smic = janvier.marche_travail.salaire_minimum.smic;
      const smicMensuel: number = smic.smic_b_horaire * smic.nb_heures_travail_mensuel;
      const taux = parameters(period).prestations_sociales.solidarite_insertion.minimum_vieillesse.aspa.abattement_forfaitaire;
      const tauxSeul: number = taux.personnes_seules;
      const tauxCouple: number = taux.couples;
      const enCouple = individu.group("famille", "en_couple", period);
      const eligible = individu("aspa_eligibilite", period);
      const eligibleAsi = individu("asi_eligibilite", period);
      const invalidite = individu("pensions_invalidite", period);
      const months = previousMonths(period, 3);
      const micro = parameters(period).impot_revenu.calcul_revenus_imposables.rpns.micro;
      const autres = sumOf(individu, BENEFICES_NON_SALARIES.at(period), period.lastYear);
      // A quarter of last year's profit and declared micro-entreprise receipts after their allowance.
      for (const [name, abattement] of ASS_RECETTES_MICRO_DECLAREES.at(period)) {
        const recettes = individu(name, period.lastYear);
        if (knownConstant(recettes) === 0) continue;
        const part = 1 - (micro[abattement] ?? 0);
        for (let i = 0; i < autres.length; i++) autres[i]! += recettes[i]! * part;
      }
      for (let i = 0; i < autres.length; i++) autres[i] = autres[i]! / 4;
      const activite = new Float64Array(individu.count);
      const aah = new Float64Array(individu.count);
      for (const month of months) {
        for (const [name, abattement] of CHIFFRES_AFFAIRES_MICRO.at(period)) {
          const ca = individu(name, month);
          if (knownConstant(ca) === 0) continue;
          const part = 1 - (micro[abattement] ?? 0);
          for (let i = 0; i < autres.length; i++) autres[i]! += ca[i]! * part;
        }
        const a = sumOf(individu, ASPA_RESSOURCES.at(period), month);
        const b = sumOf(individu, ASPA_REVENUS_ACTIVITE.at(period), month);
        const c = individu("aah", month);
        const cZero = knownConstant(c) === 0;
        for (let i = 0; i < autres.length; i++) {
          autres[i]! += a[i]!;
          activite[i]! += b[i]!;
          if (!cZero) aah[i]! += c[i]!;
        }
      }
      // Maintenance paid by the person over the quarter, whatever its sign in the input.
      const versees = individu("pensions_alimentaires_versees_individu", parsePeriod(`month:${String(months[2])}:3`), "add");
      const out = new Float64Array(individu.count);
      for (let i = 0; i < out.length; i++) {
        const abattement = smicMensuel * (enCouple[i] ? tauxCouple : tauxSeul);
        const aahComptee = eligible[i] || eligibleAsi[i] || invalidite[i]! > 0 ? 0 : aah[i]!;
        out[i] = (autres[i]! + Math.max(0, activite[i]! - abattement) + aahComptee - Math.abs(versees[i]!)) / 3;
      }
      return out;
    },
  },
});
