import { allOf, anyOf, between, countMembers, gt, lt, not, toDays, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { toutNul } from "../../src/formula-helpers.ts";
import { css } from "../../src/legal-references.ts";

/** The CMG's ceilings changed for children born or adopted from April 2014 (décret n° 2014-422). */
const REFORME_2014 = toDays("2014-04-01");

export const paje_cmg = defineVariable({
  name: "paje_cmg",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Complément de libre choix du mode de garde de la prestation d'accueil du jeune enfant",
  // For a famille that has a child under 6 in care and whose parents work (or receive the
  // AAH, or study, each parent for a couple) (CSS art. L531-5 and L531-6). The monthly
  // maximum, a share of the BMAF, depends on the kind of care — `empl_dir`: an assistant
  // maternel or a garde à domicile employed directly; `ass_mat`: an association, an
  // entreprise employing assistants maternels, or a micro-crèche; `gar_dom`: an association
  // or entreprise providing a garde à domicile (the parameters' three schedules, as in
  // OpenFisca-France) — and on the N-2 resources against two ceilings by number of
  // children, raised by 40 % for a single parent (D531-17 to D531-23); it is whole for a
  // child under 3, halved for a child of 3 to 6 (D531-18). Not paid with a CLCA or PreParE à
  // taux plein; with one for a parent working at most half time, the ceilings are halved
  // (D531-23). The amount is the maximum: the share of the cost it covers is not known here.
  reference: css("L531-5", "L531-6", "D531-17", "D531-18", "D531-23"),
  formulas: {
    "2004-01-01": ({ famille, period, parameters }) => {
      const p = parameters(period);
      const pf = p.prestations_sociales.prestations_familiales;
      const paje = pf.petite_enfance.paje;
      const cmg = paje.paje_cmg;
      const ageEntier: number = cmg.limite_age.pleine;
      const ageLimite: number = cmg.limite_age.reduite;
      const modeGarde = anyOf(famille("ass_mat", period), famille("gar_dom", period), famille("empl_dir", period));
      if (toutNul(modeGarde)) return 0;

      const enfant = famille.memberHasRole("enfant");
      const aCharge = famille.members("prestations_familiales_enfant_a_charge", period);
      const age = famille.members("age", period);
      const nbMoins3 = countMembers(famille, allOf(enfant, aCharge, between(age, 0, ageEntier)));
      const nb3a6 = countMembers(famille, allOf(enfant, aCharge, between(age, ageEntier, ageLimite)));

      // Activity: not a parent who stopped working (CLCA, PreParE), or the AAH, or studies.
      const inactif = famille("inactif", period);
      const aah = famille.sum(famille.members("aah", period));
      const etudiants = famille.all(famille.members("etudiant", period), "parent");
      const activite = anyOf(not(inactif), gt(aah, 0), etudiants);
      // The CLCA (until March 2017) or the PreParE for a parent who stopped working or works at most half time.
      const complement = famille("paje_clca", period);
      const prepare = famille("paje_prepare", period);
      const activiteIndemnisee = anyOf(gt(complement, 0), gt(prepare, 0));
      const tauxPlein = allOf(activiteIndemnisee, inactif);
      const miTemps = allOf(activiteIndemnisee, famille("partiel1", period));
      const eligible = allOf(modeGarde, anyOf(gt(nbMoins3, 0), gt(nb3a6, 0)), activite, not(tauxPlein));
      if (toutNul(eligible)) return 0;

      // Ceilings by number of children à charge, by the youngest child's birth date.
      const plafonds = paje.plaf_cmg;
      const nouveaux1 = plafonds.premier_plafond_ne_adopte_apres_04_2014;
      const nouveaux2 = plafonds.deuxieme_plafond_ne_adopte_apres_04_2014;
      const anciens1 = plafonds.premier_plafond_ne_adopte_avant_04_2014;
      const anciens2 = plafonds.deuxieme_plafond_ne_adopte_avant_04_2014;
      const naissance = famille.members("date_naissance", period);
      const plusJeune = famille.max(where(allOf(enfant, lt(age, ageLimite)), naissance, -Infinity), "enfant");
      const nbEnfants = famille("af_nbenf", period);
      const isole = not(famille("en_couple", period));
      const majorationIsole: number = cmg.majoration_plafond_une_personne_isolee ?? 0;
      const ressources = famille("prestations_familiales_base_ressources", period);
      const bmaf: number = pf.bmaf.bmaf;
      const tauxReduit: number = cmg.taux_reduit;
      const assMat = famille("ass_mat", period);
      const garDom = famille("gar_dom", period);
      const emplDir = famille("empl_dir", period);
      const am = cmg.assistante_mat_asso_entreprise_microcreche;
      const gd = cmg.garde_domicile;
      const ed = cmg.complement_libre_choix_mode_garde;
      const plafond = (bareme: { enfant: number; deux_enfants: number; majoration_enfant_supp: number }, n: number): number =>
        n <= 0 ? 0 : n === 1 ? bareme.enfant : bareme.deux_enfants + (n - 2) * bareme.majoration_enfant_supp;
      const out = new Float64Array(famille.count);
      // One loop: the band of resources decides the rate of each kind of care, per famille.
      for (let i = 0; i < out.length; i++) {
        if (!eligible[i]) continue;
        const nouveaux = (plusJeune[i]! >= REFORME_2014 && nouveaux1.enfant !== undefined) || anciens1.enfant === undefined;
        const coef = (isole[i] ? 1 + majorationIsole : 1) * (miTemps[i] ? 0.5 : 1);
        const n = nbEnfants[i]!;
        const seuil1 = coef * plafond(nouveaux ? nouveaux1 : anciens1, n);
        const seuil2 = coef * plafond(nouveaux ? nouveaux2 : anciens2, n);
        const r = ressources[i]!;
        const bande = r < seuil1 ? 0 : r < seuil2 ? 1 : 2;
        const taux =
          (assMat[i] ? [am.sous_premier_plafond, am.sous_second_plafond, am.apres_second_plafond][bande]! : 0) +
          (garDom[i] ? [gd.sous_premier_plafond, gd.sous_second_plafond, gd.apres_second_plafond][bande]! : 0) +
          (emplDir[i] ? [ed.revenus_inferieurs_45_plaf, ed.revenus_superieurs_45_plaf, ed.revenus_superieurs_plaf][bande]! : 0);
        const parAge = (nbMoins3[i]! > 0 ? 1 : 0) + (nb3a6[i]! > 0 ? 1 - tauxReduit : 0);
        out[i] = bmaf * parAge * taux;
      }
      return out;
    },
  },
});
