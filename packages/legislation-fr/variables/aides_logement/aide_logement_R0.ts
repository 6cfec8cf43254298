import { allOf, eq, mul, sub, where } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { cch } from "../../src/legal-references.ts";
import { allocationsLogement, arrondi, menageDuDemandeur, selonFoyer, type BaremeComposition } from "../../src/aides-logement.ts";

type R0 = ReturnType<typeof allocationsLogement>["locatif"]["formule"]["pp_particip_perso"]["r0_abattement"];

/** The R0 of a table by household composition: six sizes, then `taux_pac_supp` for each further dependant. */
const bareme = (t: R0["cas_general"], enPlus = true): BaremeComposition => ({
  seul: t.taux_seul,
  couple: t.taux_couple,
  parPac: [t.taux1pac, t.taux2pac, t.taux3pac, t.taux4pac, t.taux5pac, t.taux6pac],
  parPacEnPlus: enPlus ? t.taux_pac_supp : 0,
});

export const aide_logement_R0 = defineVariable({
  name: "aide_logement_R0",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Abattement forfaitaire R0 des aides au logement (annuel)",
  // By household composition (CCH art. D823-17, arrêté du 27 septembre 2019, art. 15): a table
  // for the general case, Mayotte (since 2020), Saint-Pierre-et-Miquelon (since July 2022), and
  // one amount with one dependant overseas; the amount per dependant beyond six was not applied
  // overseas before 2023. From 2006 to 2014, R0 = 12 × (R1 − R2) less the 10 % deduction, R1 a
  // multiple of the RSA's (RMI's) base amount and R2 of the BMAF, both of the year N-2
  // (décret n° 2014-1739 du 29 décembre 2014 for the change).
  reference: cch("D823-17"),
  formulas: {
    "2006-01-01": ({ famille, period, parameters }) => {
      const p = parameters(period);
      const r0 = allocationsLogement(p).locatif.formule.pp_particip_perso.r0_abattement.avant_2015;
      const n2 = parameters(period.start.offset(-2, "year"));
      const base: number = n2.prestations_sociales.solidarite_insertion.minima_sociaux.rsa.rsa_m.montant_de_base_du_rsa;
      const bmaf: number = n2.prestations_sociales.prestations_familiales.bmaf.bmaf;
      const couple = famille("al_couple", period);
      const pac = famille("al_nb_personnes_a_charge", period);
      const r1 = r0.r1_rsa_socle_1;
      const r2 = r0.r2_en_bmaf_1;
      const R1 = mul(
        selonFoyer(couple, pac, {
          seul: r1.pers_isolee,
          couple: r1.couple_0_enf,
          parPac: [r1.avec_1_enf, r1.avec_2_enf],
          parPacEnPlus: r1.maj_pac_supp,
        }),
        base,
      );
      const dom = menageDuDemandeur(famille, "residence_dom", period);
      const R2 = mul(selonFoyer(couple, pac, { seul: 0, couple: 0, parPac: [0, r2.taux_2_enf], parPacEnPlus: r2.maj_par_enf_supp }), bmaf);
      const R2dom = where(allOf(dom, eq(pac, 1)), r2.taux3_dom * bmaf, R2);
      const abattement: number = p.impot_revenu.calcul_revenus_imposables.deductions.abatpro.taux;
      return arrondi(mul(mul(sub(R1, R2dom), 12), 1 - abattement));
    },
    "2015-01-01": ({ famille, period, parameters }) => {
      const r0 = allocationsLogement(parameters(period)).locatif.formule.pp_particip_perso.r0_abattement;
      const couple = famille("al_couple", period);
      const pac = famille("al_nb_personnes_a_charge", period);
      const outreMer = menageDuDemandeur(famille, "residence_aides_logement_outre_mer", period);
      return where(outreMer, selonFoyer(couple, pac, bareme(r0.cas_general, false)), selonFoyer(couple, pac, bareme(r0.cas_general)));
    },
    "2020-01-01": ({ famille, period, parameters }) => {
      const r0 = allocationsLogement(parameters(period)).locatif.formule.pp_particip_perso.r0_abattement;
      const couple = famille("al_couple", period);
      const pac = famille("al_nb_personnes_a_charge", period);
      const outreMer = menageDuDemandeur(famille, "residence_aides_logement_outre_mer", period);
      const general = where(
        outreMer,
        selonFoyer(couple, pac, bareme(r0.cas_general, false)),
        selonFoyer(couple, pac, bareme(r0.cas_general)),
      );
      const horsMayotte = where(allOf(outreMer, eq(pac, 1)), r0.outre_mer.taux1pac, general);
      const m = r0.mayotte;
      const mayotte = selonFoyer(couple, pac, {
        seul: m.taux_seul,
        couple: m.taux_couple,
        parPac: [m.taux1pac, m.taux2pac, m.taux3pac, m.taux4pac, m.taux5pac, m.taux6pac],
      });
      return where(menageDuDemandeur(famille, "residence_mayotte", period), mayotte, horsMayotte);
    },
    "2022-01-01": ({ famille, period, parameters }) => {
      const r0 = allocationsLogement(parameters(period)).locatif.formule.pp_particip_perso.r0_abattement;
      const couple = famille("al_couple", period);
      const pac = famille("al_nb_personnes_a_charge", period);
      const outreMer = menageDuDemandeur(famille, "residence_aides_logement_outre_mer", period);
      const limiteOutreMer = period.start.key < 20230101;
      const general = limiteOutreMer
        ? where(outreMer, selonFoyer(couple, pac, bareme(r0.cas_general, false)), selonFoyer(couple, pac, bareme(r0.cas_general)))
        : selonFoyer(couple, pac, bareme(r0.cas_general));
      const horsSpm = where(allOf(outreMer, eq(pac, 1)), r0.outre_mer.taux1pac, general);
      if (period.start.key < 20220701) return horsSpm;
      const spm = selonFoyer(couple, pac, bareme(r0.saint_pierre_et_miquelon));
      return where(menageDuDemandeur(famille, "residence_saint_pierre_et_miquelon", period), spm, horsSpm);
    },
  },
});
