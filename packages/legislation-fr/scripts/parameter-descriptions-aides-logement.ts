/**
 * Zéro's own wording for the parameters of the aides personnelles au logement (APL, ALF,
 * ALS) of tenants. Values, dates and legal references come from OpenFisca-France
 * (facts); the descriptions and labels below are written for Zéro. Merged into
 * `parameterWordings` (parameter-descriptions.ts); used only by import-parameters.ts.
 */
import { foyerAccessionWordings } from "./parameter-descriptions-aides-logement-foyers.ts";
import { aidesLogementRessourcesWordings } from "./parameter-descriptions-aides-logement-ressources.ts";
import type { ParameterWording } from "./parameter-wording.ts";

const AL = "prestations_sociales/aides_logement/allocations_logement";
const LOC = `${AL}/locatif`;
const F = `${LOC}/formule`;
const PP = `${F}/pp_particip_perso`;

const ZONES = ["zone_1", "zone_2", "zone_3"] as const;
const zoneLabel = (z: string): string => z.replace("zone_", "zone ");

const plafonds: Record<string, ParameterWording> = {};
for (const z of ZONES) {
  const P = `${F}/l_plafonds_loyers/par_zone/${z}`;
  plafonds[`${P}/personnes_seules`] = {
    label: `Loyer plafond, personne seule, ${zoneLabel(z)}`,
    description: `Loyer mensuel maximal retenu pour une personne seule sans personne à charge logée en ${zoneLabel(z)}.`,
  };
  plafonds[`${P}/couples`] = {
    label: `Loyer plafond, couple, ${zoneLabel(z)}`,
    description: `Loyer mensuel maximal retenu pour un couple sans personne à charge logé en ${zoneLabel(z)}.`,
  };
  plafonds[`${P}/un_enfant`] = {
    label: `Loyer plafond, une personne à charge, ${zoneLabel(z)}`,
    description: `Loyer mensuel maximal retenu pour une personne seule ou un couple avec une personne à charge, en ${zoneLabel(z)}.`,
  };
  plafonds[`${P}/majoration_par_enf_supp`] = {
    label: `Loyer plafond, par personne à charge en plus, ${zoneLabel(z)}`,
    description: `Montant ajouté au loyer plafond pour chaque personne à charge au-delà de la première, en ${zoneLabel(z)}.`,
  };
  const D = `${LOC}/coefficients_degressivite_suppression/${z}`;
  plafonds[`${D}/degressivite`] = {
    label: `Seuil de dégressivité, ${zoneLabel(z)}`,
    description: `Multiple du loyer plafond au-delà duquel l'aide diminue à mesure que le loyer réel augmente, en ${zoneLabel(z)}.`,
  };
  plafonds[`${D}/suppression`] = {
    label: `Seuil de suppression, ${zoneLabel(z)}`,
    description: `Multiple du loyer plafond à partir duquel l'aide n'est plus due, en ${zoneLabel(z)}.`,
  };
}

const r0: Record<string, ParameterWording> = {
  [`${PP}/r0_abattement/cas_general/taux_seul`]: {
    label: "R0, personne seule",
    description:
      "Abattement forfaitaire annuel retranché des ressources d'une personne " +
      "seule sans personne à charge avant d'y appliquer le taux de participation.",
  },
  [`${PP}/r0_abattement/cas_general/taux_couple`]: {
    label: "R0, couple",
    description: "Abattement forfaitaire annuel retranché des ressources d'un couple sans personne à charge.",
  },
  [`${PP}/r0_abattement/cas_general/taux_pac_supp`]: {
    label: "R0, par personne à charge au-delà de six",
    description: "Montant ajouté à l'abattement forfaitaire annuel pour chaque personne à charge au-delà de la sixième.",
  },
};
for (let n = 1; n <= 6; n++) {
  r0[`${PP}/r0_abattement/cas_general/taux${n}pac`] = {
    label: `R0, ${n} personne(s) à charge`,
    description: `Abattement forfaitaire annuel retranché des ressources d'un foyer (seul ou en couple) ayant ${n} personne(s) à charge.`,
  };
}

const TF = `${PP}/tp_taux/tf_taille_famille/metropole`;
const tf: Record<string, ParameterWording> = {
  [`${TF}/personnes_isolees`]: {
    label: "TF, personne seule",
    description: "Taux de participation lié à la taille du foyer, pour une personne seule sans personne à charge (métropole).",
  },
  [`${TF}/couples_0_enfant`]: {
    label: "TF, couple",
    description: "Taux de participation lié à la taille du foyer, pour un couple sans personne à charge (métropole).",
  },
  [`${TF}/maj_par_enf_supp`]: {
    label: "TF, par personne à charge au-delà de six",
    description: "Variation du taux de participation pour chaque personne à charge au-delà de la sixième (métropole).",
  },
};
for (let n = 1; n <= 6; n++) {
  tf[`${TF}/avec_${n}_enfant${n > 1 ? "s" : ""}`] = {
    label: `TF, ${n} personne(s) à charge`,
    description: `Taux de participation lié à la taille du foyer, pour un foyer ayant ${n} personne(s) à charge (métropole).`,
  };
}

const RLS = "prestations_sociales/aides_logement/reduction_loyer_solidarite";
const rls: Record<string, ParameterWording> = {
  [`${RLS}/fraction_baisse_aide_logement`]: {
    label: "Part de la RLS reprise sur l'aide",
    description: "Part de la réduction de loyer de solidarité retranchée de l'aide au logement du locataire qui en bénéficie.",
  },
};
for (const z of ZONES) {
  const M = `${RLS}/montant/par_zone/${z}`;
  rls[`${M}/personnes_seules`] = {
    label: `RLS, personne seule, ${zoneLabel(z)}`,
    description: `Réduction mensuelle de loyer de solidarité d'une personne seule sans personne à charge, en ${zoneLabel(z)}.`,
  };
  rls[`${M}/couples`] = {
    label: `RLS, couple, ${zoneLabel(z)}`,
    description: `Réduction mensuelle de loyer de solidarité d'un couple sans personne à charge, en ${zoneLabel(z)}.`,
  };
  rls[`${M}/famille_1pac`] = {
    label: `RLS, une personne à charge, ${zoneLabel(z)}`,
    description: `Réduction mensuelle de loyer de solidarité d'un foyer ayant une personne à charge, en ${zoneLabel(z)}.`,
  };
  rls[`${M}/majoration_par_pac_supp`] = {
    label: `RLS, par personne à charge en plus, ${zoneLabel(z)}`,
    description:
      "Montant ajouté à la réduction de loyer de solidarité " +
      "pour chaque personne à charge au-delà de la première, " +
      `en ${zoneLabel(z)}.`,
  };
  const P = `${RLS}/plafond_ressources/par_zone/${z}`;
  rls[`${P}/personnes_seules`] = {
    label: `Plafond RLS, personne seule, ${zoneLabel(z)}`,
    description:
      "Ressources mensuelles au-delà desquelles une personne seule n'a pas " +
      `droit à la réduction de loyer de solidarité, en ${zoneLabel(z)}.`,
  };
  rls[`${P}/couples`] = {
    label: `Plafond RLS, couple, ${zoneLabel(z)}`,
    description:
      "Ressources mensuelles au-delà desquelles un couple sans personne à charge " +
      `n'a pas droit à la réduction de loyer de solidarité, en ${zoneLabel(z)}.`,
  };
  for (let n = 1; n <= 6; n++) {
    rls[`${P}/famille_${n}pac`] = {
      label: `Plafond RLS, ${n} personne(s) à charge, ${zoneLabel(z)}`,
      description:
        `Ressources mensuelles au-delà desquelles un foyer ayant ${n} personne(s) à ` +
        `charge n'a pas droit à la réduction de loyer de solidarité, en ${zoneLabel(z)}.`,
    };
  }
  rls[`${P}/majoration_par_pac_supp`] = {
    label: `Plafond RLS, par personne à charge au-delà de six, ${zoneLabel(z)}`,
    description:
      "Montant ajouté au plafond de ressources de la réduction de loyer de solidarité " +
      `pour chaque personne à charge au-delà de la sixième, en ${zoneLabel(z)}.`,
  };
}

// Overseas, Mayotte and Saint-Pierre-et-Miquelon barèmes of the locatif formula, and the R0 of before 2015.
const outreMer: Record<string, ParameterWording> = {
  [`${PP}/r0_abattement/outre_mer/taux1pac`]: {
    label: "R0 outre-mer, une personne à charge",
    description: "Abattement forfaitaire annuel d'un foyer d'outre-mer (seul ou en couple) ayant une personne à charge.",
  },
};
const R0_ZONES = { mayotte: "à Mayotte", saint_pierre_et_miquelon: "à Saint-Pierre-et-Miquelon" } as const;
for (const [k, ou] of Object.entries(R0_ZONES)) {
  outreMer[`${PP}/r0_abattement/${k}/taux_seul`] = {
    label: `R0, personne seule, ${ou}`,
    description: `Abattement forfaitaire annuel retranché des ressources d'une personne seule sans personne à charge, ${ou}.`,
  };
  outreMer[`${PP}/r0_abattement/${k}/taux_couple`] = {
    label: `R0, couple, ${ou}`,
    description: `Abattement forfaitaire annuel retranché des ressources d'un couple sans personne à charge, ${ou}.`,
  };
  for (let n = 1; n <= 6; n++) {
    outreMer[`${PP}/r0_abattement/${k}/taux${n}pac`] = {
      label: `R0, ${n} personne(s) à charge, ${ou}`,
      description: `Abattement forfaitaire annuel d'un foyer (seul ou en couple) ayant ${n} personne(s) à charge, ${ou}.`,
    };
  }
}
outreMer[`${PP}/r0_abattement/saint_pierre_et_miquelon/taux_pac_supp`] = {
  label: "R0, par personne à charge au-delà de six, à Saint-Pierre-et-Miquelon",
  description:
    "Montant ajouté à l'abattement forfaitaire annuel pour chaque personne à charge au-delà de la sixième, à Saint-Pierre-et-Miquelon.",
};
const R0A = `${PP}/r0_abattement/avant_2015`;
const r1: Record<string, string> = {
  pers_isolee: "une personne seule sans personne à charge",
  couple_0_enf: "un couple sans personne à charge",
  avec_1_enf: "un foyer ayant une personne à charge",
  avec_2_enf: "un foyer ayant deux personnes à charge",
  maj_pac_supp: "chaque personne à charge au-delà de la deuxième",
};
for (const [k, qui] of Object.entries(r1)) {
  outreMer[`${R0A}/r1_rsa_socle_1/${k}`] = {
    label: `R0 avant 2015, terme R1, ${qui}`,
    description: `Multiple du montant de base du RSA de l'avant-dernière année formant le terme R1 de l'abattement R0 (avant 2015), pour ${qui}.`,
  };
}
const r2: Record<string, string> = {
  taux3_dom: "un foyer d'outre-mer ayant une personne à charge",
  taux_2_enf: "un foyer ayant deux personnes à charge",
  maj_par_enf_supp: "chaque personne à charge au-delà de la deuxième",
};
for (const [k, qui] of Object.entries(r2)) {
  outreMer[`${R0A}/r2_en_bmaf_1/${k}`] = {
    label: `R0 avant 2015, terme R2, ${qui}`,
    description: `Multiple de la base mensuelle des allocations familiales de l'avant-dernière année retranché de R1 (abattement R0 avant 2015), pour ${qui}.`,
    // The source cites no text for the overseas rate; the other terms of R2 cite this arrêté.
    ...(k === "taux3_dom"
      ? {
          reference: [
            { title: "Arrêté du 26 décembre 2000 relatif au calcul des aides personnelles au logement, art. 2", since: "2001-01-01" },
          ],
        }
      : {}),
  };
}
const TFD = `${PP}/tp_taux/tf_taille_famille/dom`;
outreMer[`${TFD}/personnes_isolees`] = {
  label: "TF outre-mer, personne seule",
  description: "Taux de participation lié à la taille du foyer, pour une personne seule sans personne à charge (outre-mer).",
};
outreMer[`${TFD}/couples_0_enfant`] = {
  label: "TF outre-mer, couple",
  description: "Taux de participation lié à la taille du foyer, pour un couple sans personne à charge (outre-mer).",
};
outreMer[`${TFD}/maj_par_enf_supp`] = {
  label: "TF outre-mer, par personne à charge au-delà de sept",
  description: "Variation du taux de participation pour chaque personne à charge au-delà de la septième (outre-mer).",
};
for (let n = 1; n <= 7; n++) {
  outreMer[`${TFD}/avec_${n}_enfant${n > 1 ? "s" : ""}`] = {
    label: `TF outre-mer, ${n} personne(s) à charge`,
    description: `Taux de participation lié à la taille du foyer, pour un foyer ayant ${n} personne(s) à charge (outre-mer).`,
  };
}
const DCOL = `${F}/c_forfait_charges/dom_colocataires`;
outreMer[`${DCOL}/beneficiaire_isole`] = {
  label: "Forfait de charges outre-mer, colocataire seul",
  description: "Forfait mensuel de charges d'un colocataire seul sans personne à charge, outre-mer.",
};
outreMer[`${DCOL}/couple_sans_enfant`] = {
  label: "Forfait de charges outre-mer, colocataires en couple",
  description: "Forfait mensuel de charges d'un couple de colocataires sans personne à charge, outre-mer.",
};
outreMer[`${DCOL}/majoration_par_enfant`] = {
  label: "Forfait de charges outre-mer en colocation, par personne à charge",
  description: "Montant ajouté au forfait de charges d'un colocataire d'outre-mer pour chaque personne à charge.",
};

export const aidesLogementWordings: Readonly<Record<string, ParameterWording>> = {
  ...plafonds,
  ...r0,
  ...tf,
  ...rls,
  ...outreMer,
  ...foyerAccessionWordings,
  ...aidesLogementRessourcesWordings,
  [`${F}/l_plafonds_loyers/coef_chambre_et_colocation/coef_chambre`]: {
    label: "Coefficient chambre",
    description: "Coefficient appliqué au loyer plafond lorsque le logement loué est une chambre.",
  },
  [`${F}/l_plafonds_loyers/coef_chambre_et_colocation/coef_colocation`]: {
    label: "Coefficient colocation",
    description: "Coefficient appliqué au loyer plafond d'un colocataire.",
  },
  [`${F}/c_forfait_charges/cas_general/cas_general`]: {
    label: "Forfait de charges",
    description: "Montant mensuel forfaitaire des charges ajouté au loyer retenu d'un locataire (métropole).",
  },
  [`${F}/c_forfait_charges/cas_general/majoration_par_enfant`]: {
    label: "Forfait de charges, par personne à charge",
    description: "Montant ajouté au forfait de charges pour chaque personne à charge (métropole).",
  },
  [`${F}/c_forfait_charges/cas_colocataires/beneficiaire_isole`]: {
    label: "Forfait de charges, colocataire seul",
    description: "Forfait mensuel de charges d'un colocataire seul sans personne à charge.",
  },
  [`${F}/c_forfait_charges/cas_colocataires/couple_sans_enfant`]: {
    label: "Forfait de charges, colocataires en couple",
    description: "Forfait mensuel de charges d'un couple de colocataires sans personne à charge.",
  },
  [`${F}/c_forfait_charges/cas_colocataires/majoration_par_enfant`]: {
    label: "Forfait de charges en colocation, par personne à charge",
    description: "Montant ajouté au forfait de charges d'un colocataire pour chaque personne à charge.",
  },
  [`${F}/c_forfait_charges/dom/cas_general`]: {
    label: "Forfait de charges (outre-mer)",
    description: "Montant mensuel forfaitaire des charges d'un locataire dans les départements d'outre-mer.",
  },
  [`${F}/c_forfait_charges/dom/majoration_par_enfant`]: {
    label: "Forfait de charges (outre-mer), par personne à charge",
    description: "Montant ajouté au forfait de charges outre-mer pour chaque personne à charge.",
  },
  [`${PP}/p0_particip_min/p0_forfait`]: {
    label: "Participation minimale (montant)",
    description: "Montant mensuel en dessous duquel la participation minimale P0 ne descend pas.",
  },
  [`${PP}/p0_particip_min/p0_taux`]: {
    label: "Participation minimale (taux)",
    description:
      "Part de la dépense de logement (loyer retenu et charges) formant la " +
      "participation minimale P0, quand elle dépasse le montant plancher.",
  },
  [`${PP}/tp_taux/tl_loyer/seuils/seuil_1`]: {
    label: "TL, premier seuil",
    description: "Rapport entre loyer retenu et loyer de référence en dessous duquel le taux complémentaire TL est nul.",
  },
  [`${PP}/tp_taux/tl_loyer/seuils/seuil_2`]: {
    label: "TL, second seuil",
    description: "Rapport entre loyer retenu et loyer de référence à partir duquel s'applique le taux de la troisième tranche de TL.",
  },
  [`${PP}/tp_taux/tl_loyer/taux/tl_taux_1`]: {
    label: "TL, taux de la première tranche",
    description: "Taux marginal de TL pour un rapport de loyer inférieur au premier seuil.",
  },
  [`${PP}/tp_taux/tl_loyer/taux/tl_taux_2`]: {
    label: "TL, taux de la deuxième tranche",
    description: "Taux marginal de TL pour un rapport de loyer compris entre les deux seuils.",
  },
  [`${PP}/tp_taux/tl_loyer/taux/tl_taux_3`]: {
    label: "TL, taux de la troisième tranche",
    description: "Taux marginal de TL pour un rapport de loyer au-delà du second seuil.",
  },
  [`${LOC}/minoration_forfaitaire`]: {
    label: "Minoration forfaitaire",
    description: "Montant mensuel retranché de l'aide calculée (baisse forfaitaire de 2017).",
  },
  [`${LOC}/seuils_minimum_versement/apl`]: {
    label: "Seuil de versement de l'APL",
    description: "Montant mensuel en dessous duquel l'aide personnalisée au logement n'est pas versée.",
  },
  [`${LOC}/seuils_minimum_versement/non_apl`]: {
    label: "Seuil de versement de l'ALF et de l'ALS",
    description: "Montant mensuel en dessous duquel l'allocation de logement familiale ou sociale n'est pas versée.",
  },
  [`${AL}/ressources/abattements/chomage_indemnise`]: {
    label: "Abattement chômage indemnisé",
    description: "Part des revenus d'activité d'une personne au chômage indemnisé qui n'est pas comptée dans les ressources.",
  },
  [`${AL}/ressources/personnes_a_charge/age_limite_enfants_charge`]: {
    label: "Âge limite des enfants à charge",
    description: "Âge à partir duquel un enfant n'est plus compté comme personne à charge pour les aides au logement.",
  },
  [`${AL}/ressources/patrimoine/seuil_valorisation`]: {
    label: "Seuil de patrimoine",
    description: "Patrimoine au-delà duquel les biens non productifs de revenus sont comptés dans les ressources.",
  },
};

/** Node descriptions (index.yaml) of the folders above, in Zéro's words. */
export const aidesLogementNodeWordings: Readonly<Record<string, string>> = {
  ["prestations_sociales/aides_logement"]:
    "Aides personnelles au logement (articles L821-1 et suivants du code de la construction et de l'habitation).",
  [RLS]:
    "Réduction de loyer de solidarité des locataires HLM (article L442-2-1 du code " +
    "de la construction et de l'habitation) et sa reprise sur l'aide au logement.",
  [AL]: "Allocations et aide personnalisée au logement : barèmes et ressources.",
  [`${AL}/foyer`]:
    "Barème des aides au logement des résidents de logements-foyers (articles D823-17 et D832-24 s. du code de la construction et de l'habitation).",
  [`${AL}/accession`]:
    "Barème des aides au logement des accédants à la propriété (articles D823-17 et D832-10 s. du code de la construction et de l'habitation).",
  [`${AL}/ressources`]:
    "Ressources retenues pour les aides au logement : abattements, planchers et personnes à charge (articles R822-1 s. du code de la construction et de l'habitation).",
  [LOC]:
    "Barème des aides au logement des locataires (arrêté du 27 septembre 2019, " +
    "articles D823-16 et suivants du code de la construction et de l'habitation).",
};
