import { add, div, maximum, mul, sub, where, type Period, type Population } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeTravail } from "../../src/legal-references.ts";

/** Deducted whole from the allocation. */
const DEDUITES_EN_TOTALITE = ["revenus_stage_formation_pro", "chomage_net"] as const;
/** Monthly incomes deducted in part, beyond an allowance. */
const DEDUITES_EN_PARTIE = ["indemnites_chomage_partiel", "salaire_net", "indemnites_journalieres", "remuneration_apprenti"] as const;

/** The sum of incomes over the months of a period. */
function sommeSur(individu: Population, names: readonly string[], period: Period): Float64Array {
  let total: Float64Array = new Float64Array(individu.count);
  for (const name of names) total = add(total, individu(name, period, "add"));
  return total;
}

export const contrat_engagement_jeune = defineVariable({
  name: "contrat_engagement_jeune",
  entity: "individu",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Allocation du contrat d'engagement jeune",
  // The maximum amount less the training pay and unemployment benefits (monthly mean of the last three
  // months), then reduced in proportion of the activity incomes beyond 300 €, to nothing at 80 % of the
  // SMIC brut (Code du travail, art. L5131-6 and its décret); the lower of the 3- and 6-month means is
  // not taken, as in OpenFisca-France.
  reference: [
    ...codeTravail("L5131-6"),
    "Service-public.fr, contrat d'engagement jeune",
    "https://www.service-public.fr/particuliers/vosdroits/F32700",
  ],
  formulas: {
    "2022-03-01": ({ individu, period, parameters }) => {
      const p = parameters(period);
      const degressivite = p.prestations_sociales.education.contrat_engagement_jeune.degressivite;
      const smic = p.marche_travail.salaire_minimum.smic;
      const smicBrutMensuel = smic.nb_heures_travail_mensuel * smic.smic_b_horaire;
      const troisMois = period.lastThreeMonths;
      const deduitesEnTotalite = div(sommeSur(individu, DEDUITES_EN_TOTALITE, troisMois), 3);
      const activite = div(sommeSur(individu, DEDUITES_EN_PARTIE, troisMois), 3);
      const nonSalaries = div(individu("revenus_non_salarie_nets", period.thisYear), 12);
      const deduitesEnPartie = maximum(0, sub(add(activite, nonSalaries), degressivite.abattement_deductibilite_partielle));
      const forfait = individu("contrat_engagement_jeune_montant_forfaitaire", period);
      const apresDeductionTotale = maximum(0, sub(forfait, deduitesEnTotalite));
      const pente = div(
        forfait,
        degressivite.part_smic_deductibilite_partielle * smicBrutMensuel - degressivite.abattement_deductibilite_partielle,
      );
      const montant = maximum(0, sub(apresDeductionTotale, mul(deduitesEnPartie, pente)));
      return where(individu("contrat_engagement_jeune_eligibilite", period), montant);
    },
  },
});
