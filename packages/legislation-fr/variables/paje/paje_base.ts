import { ageInYears, toDays } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";
import { memberGroupIndex } from "../../src/formula-helpers.ts";

/** Rules by the birth date of the youngest child (reforms of April 2014 and April 2018). */
const REFORME_2014 = toDays("2014-04-01");
const REFORME_2018 = toDays("2018-04-01");
/** From April 2014 to March 2018, the amounts stay frozen at their April 2013 value (LFSS 2014, art. 74, III, repealed from April 2018). */
const FIN_GEL = "2018-04-01";
const DEBUT_GEL = "2014-04-01";
const BMAF_GELEE = "2013-04-01";
/** From April 2021, the rules of April 2018 apply to every child (décret n° 2018-312, art. 4). */
const TOUTES_2018 = "2021-04-01";

export const paje_base = defineVariable({
  name: "paje_base",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Allocation de base de la prestation d'accueil du jeune enfant",
  // Due from the month after the birth to the month before the third birthday, under a
  // ceiling of the N-2 resources that depends on the number of children and on two
  // incomes or a single parent (CSS art. L531-3, D531-1 to D531-3, R531-1): full rate, or
  // partial rate (children born since April 2014). Amounts frozen at the April 2013 BMAF
  // from April 2014 to March 2018 (LFSS 2014, art. 74, III); the rules for children born
  // before April 2018 end in April 2021 (décret n° 2018-312, art. 4). One allocation per
  // famille: the extra allocations for a multiple birth are not modelled.
  reference: css("L531-3", "D531-1", "D531-3", "R531-1"),
  formulas: {
    "2004-01-01": ({ famille, period, parameters }) => {
      const pf = parameters(period).prestations_sociales.prestations_familiales;
      const paje = pf.petite_enfance.paje;
      const plaf = paje.paje_plaf;
      const ageLimite: number = paje.paje_cm.age_limite_enfant_adopte_non;
      const debut = period.start.toString();
      const gel = debut >= DEBUT_GEL && debut < FIN_GEL;
      const toutes2018 = debut >= TOUTES_2018;
      const bmaf: number = pf.bmaf.bmaf;
      const bmafGelee: number = gel ? parameters(BMAF_GELEE).prestations_sociales.prestations_familiales.bmaf.bmaf : bmaf;
      const taux = paje.paje_cm.montant;
      const tauxPartiel: number = taux.allocation_base_taux_partiel ?? 0;
      const plein2004: number = taux.allocation_base_taux_plein.avant_2014.taux;
      const plein2014: number = taux.allocation_base_taux_plein.apres_2014.taux;
      const plein2018: number = taux.allocation_base_taux_plein.apres_2018.taux;
      const avant2014 = plaf.ne_adopte_avant_04_2014;
      const entre = plaf.ne_adopte_04_2014_et_03_2018;
      const apres2018 = plaf.ne_adopte_apres_04_2018;
      const regles2004 = avant2014?.plafond_ressources_0_enfant !== undefined;
      const regles2014 = entre?.taux_plein?.plafond_ressources_0_enfant !== undefined;
      const regles2018 = (apres2018?.taux_plein?.plafond_ressources_0_enfant ?? 0) > 0;

      const finMois = period.stop;
      const debutMois = period.start.days;
      const naissance = famille.members("date_naissance", period);
      const age = famille.members("age", period);
      const enfant = famille.memberHasRole("enfant");
      const aCharge = famille.members("prestations_familiales_enfant_a_charge", period);
      const ageFinMois = ageInYears(naissance, finMois);
      const groupe = memberGroupIndex(famille);

      // Youngest eligible child (latest birth): its birth date decides the rules.
      const plusRecente = new Float64Array(famille.count).fill(-Infinity);
      const nbEnfants = new Int32Array(famille.count);
      for (let p = 0; p < groupe.length; p++) {
        if (!enfant[p]) continue;
        const g = groupe[p]!;
        if (aCharge[p]) nbEnfants[g]! += 1;
        const date = naissance[p]!;
        const eligible = date !== 0 ? date < debutMois && ageFinMois[p]! < ageLimite : age[p]! >= 0 && age[p]! < ageLimite;
        if (eligible && date > plusRecente[g]!) plusRecente[g] = date;
      }

      // No child young enough in the whole population: nothing to pay, no resources to read.
      if (plusRecente.every((d) => d === -Infinity)) return 0;
      const ressources = famille("prestations_familiales_base_ressources", period);
      const biactif = famille("biactivite", period);
      const parents = famille("nb_parents", period);
      const out = new Float64Array(famille.count);
      for (let i = 0; i < out.length; i++) {
        const date = plusRecente[i]!;
        if (date === -Infinity) continue;
        const n = nbEnfants[i]!;
        const majore = biactif[i] || parents[i] === 1;
        const r = ressources[i]!;
        let montant = 0;
        if (regles2018 && (date >= REFORME_2018 || toutes2018 || !regles2014)) {
          const coef =
            1 +
            apres2018.majorations_enfants.premier_2eme_enfant * Math.min(n, 2) +
            apres2018.majorations_enfants.troisieme_plus_enfant * Math.max(n - 2, 0);
          const plafondPlein =
            apres2018.taux_plein.plafond_ressources_0_enfant * coef + (majore ? apres2018.taux_plein.biactifs_parents_isoles : 0);
          const plafondPartiel =
            apres2018.taux_partiel.plafond_ressources_0_enfant * coef + (majore ? apres2018.taux_partiel.biactifs_parents_isoles : 0);
          montant = r <= plafondPlein ? plein2018 * bmaf : r <= plafondPartiel ? tauxPartiel * bmaf : 0;
        } else if (regles2014 && (date >= REFORME_2014 || !regles2004)) {
          const coef = 1 + entre.majorations_enfants.majoration_enfant_supp * n;
          const plafondPlein =
            entre.taux_plein.plafond_ressources_0_enfant * coef + (majore ? entre.taux_plein.biactifs_parents_isoles : 0);
          const plafondPartiel =
            entre.taux_partiel.plafond_ressources_0_enfant * coef + (majore ? entre.taux_partiel.biactifs_parents_isoles : 0);
          montant = r <= plafondPlein ? plein2014 * bmafGelee : r <= plafondPartiel ? tauxPartiel * bmafGelee : 0;
        } else if (regles2004) {
          const coef =
            1 +
            avant2014.majorations_enfants.premier_2eme_enfant * Math.min(n, 2) +
            avant2014.majorations_enfants.troisieme_plus_enfant * Math.max(n - 2, 0);
          const plafond = avant2014.plafond_ressources_0_enfant * coef + (majore ? avant2014.biactifs_parents_isoles : 0);
          montant = r <= plafond ? plein2004 * bmafGelee : 0;
        }
        out[i] = montant;
      }
      return out;
    },
  },
});
