/**
 * Zéro's own wording for the parameters of the aides au logement of logements-foyers and of
 * accession to ownership: the barème « K » (aide = K × (L + C − L0)). Values, dates and legal
 * references come from OpenFisca-France (facts). Merged into `aidesLogementWordings`
 * (parameter-descriptions-aides-logement.ts); used only by import-parameters.ts.
 */
import type { ParameterWording } from "./parameter-wording.ts";

const AL = "prestations_sociales/aides_logement/allocations_logement";
const ZONES = ["zone_1", "zone_2", "zone_3"] as const;
const zoneLabel = (z: string): string => z.replace("zone_", "zone ");

// Logements-foyers and accession: the barème « K » (aide = K × (L + C − L0)).
const FOY = `${AL}/foyer`;
const ACC = `${AL}/accession`;
const foyer: Record<string, ParameterWording> = {};
const QUI_FOYER: Record<string, string> = {
  etudiants_en_chambre: "un étudiant logé en chambre non réhabilitée",
  etudiants_en_chambre_rehabilitee: "un étudiant logé en chambre réhabilitée",
  personnes_agees: "une personne âgée",
  autres_personnes: "un autre résident",
};
for (const [k, qui] of Object.entries(QUI_FOYER)) {
  for (const [s, sit] of [
    ["personne_isolee", "seul"],
    ["couple", "en couple"],
  ] as const) {
    foyer[`${FOY}/al/formule/l_plafonds_loyers/${k}/${s}`] = {
      label: `Équivalence de loyer plafond en foyer (AL), ${k.replace(/_/g, " ")}, ${sit}`,
      description: `Montant mensuel maximal de la redevance retenue pour l'allocation de logement en logement-foyer, pour ${qui} vivant ${sit}.`,
    };
  }
}
const COMPOSITIONS: Record<string, string> = {
  personne_isolee_sans_enfant: "une personne seule sans personne à charge",
  menage_seul: "un couple sans personne à charge",
  menage_ou_isole_avec_1_enfant: "un foyer ayant une personne à charge",
  menage_ou_isole_avec_2_enfants: "un foyer ayant deux personnes à charge",
  menage_ou_isole_avec_3_enfants: "un foyer ayant trois personnes à charge",
  menage_ou_isole_avec_4_enfants: "un foyer ayant quatre personnes à charge",
  menage_ou_isole_avec_5_enfants: "un foyer ayant cinq personnes à charge",
  menage_ou_isole_par_enfant_en_plus: "chaque personne à charge en plus",
};
for (const z of ZONES) {
  for (const [k, qui] of Object.entries(COMPOSITIONS)) {
    if (k !== "menage_ou_isole_avec_5_enfants") {
      foyer[`${FOY}/apl/formule/e_equiv_loyers_eligible/${z}/${k}`] = {
        label: `Équivalence de loyer plafond en foyer conventionné, ${zoneLabel(z)}`,
        description: `Équivalence de loyer et de charges maximale retenue pour l'APL en logement-foyer, pour ${qui}, en ${zoneLabel(z)}.`,
      };
    }
    foyer[`${ACC}/formule/l_mensualite_eligible/al/${z}/${k}`] = {
      label: `Mensualité plafond en accession, ${zoneLabel(z)}`,
      description: `Mensualité de remboursement maximale retenue pour l'aide d'un accédant à la propriété, pour ${qui}, en ${zoneLabel(z)}.`,
    };
  }
}
for (const [apl, sens] of [
  ["apl1", "APL 1 (foyers conventionnés)"],
  ["apl2", "APL 2 et allocation de logement"],
] as const) {
  foyer[`${FOY}/apl/formule/e0_equiv_loyers_minimale/${apl}/majoration`] = {
    label: `Équivalence de loyer minimale E0, majoration (${sens})`,
    description: `Montant forfaitaire annuel ajouté à l'équivalence de loyer et de charges minimale E0 en logement-foyer, ${sens}.`,
  };
}
const CM: Record<string, string> = {
  cm1_apl1: "coefficient multiplicateur CM1 de l'APL 1",
  cm2_apl2_et_al: "coefficient multiplicateur CM2 de l'APL 2 et de l'allocation de logement",
  cm3_apl3: "coefficient multiplicateur CM3 de l'APL 3 (accession avec prêt conventionné)",
  r_apl1: "terme r de l'APL 1, multiplié par le nombre de parts",
};
for (const [k, quoi] of Object.entries(CM)) {
  foyer[`${FOY}/k_coef_prise_en_charge/cm_et_r/${k}`] = {
    label: `Coefficient K : ${quoi}`,
    description: `Dans K = plafond − (R − r × N) / (CM × N), le ${quoi}.`,
  };
}
foyer[`${FOY}/k_coef_prise_en_charge/plafonds/plafond_apl1`] = {
  label: "Plafond du coefficient K (APL 1)",
  description:
    "Valeur maximale du coefficient de prise en charge K de l'APL en logement-foyer conventionné (et en accession avec prêt conventionné).",
};
foyer[`${FOY}/k_coef_prise_en_charge/plafonds/plafond_apl2_et_al`] = {
  label: "Plafond du coefficient K (APL 2 et AL)",
  description: "Valeur maximale du coefficient de prise en charge K de l'allocation de logement en foyer et en accession.",
};
const PARTS: Record<string, string> = {
  isole_0_personne_a_charge: "une personne seule sans personne à charge",
  menage_0_personnes_a_charge: "un couple sans personne à charge",
  "1_personne_a_charge": "un foyer ayant une personne à charge",
  "2_personnes_a_charge": "un foyer ayant deux personnes à charge",
  "3_personnes_a_charge": "un foyer ayant trois personnes à charge",
  "4_personnes_a_charge": "un foyer ayant quatre personnes à charge",
  maj_par_pac_supp: "chaque personne à charge au-delà de la quatrième",
};
for (const [aide, nom] of [
  ["al", "allocation de logement"],
  ["apl", "APL"],
] as const) {
  for (const [k, qui] of Object.entries(PARTS)) {
    foyer[`${FOY}/k_coef_prise_en_charge/n_nombre_parts/${aide}/${k}`] = {
      label: `Nombre de parts N (${nom})`,
      description: `Nombre de parts N du coefficient K et de l'équivalence de loyer minimale (${nom}, foyer et accession), pour ${qui}.`,
    };
  }
}

export const foyerAccessionWordings: Readonly<Record<string, ParameterWording>> = foyer;
