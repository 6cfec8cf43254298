/**
 * Zéro's own wording for the income tax's parameters of the taxable income: deductions, capital income, non-salaried income and micro-enterprises, deductible charges, flat-rate levies. Values, dates and legal
 * references come from OpenFisca-France (facts). Merged into `impotRevenuWordings`
 * (parameter-descriptions-impot-revenu.ts); used only by import-parameters.ts.
 */
import type { ParameterWording } from "./parameter-wording.ts";
import { CHARGES, MICRO, PFL, PFU, REVENUS, RPNS, RVCM } from "./parameter-descriptions-impot-revenu-paths.ts";

export const impotRevenuRevenusWordings: Readonly<Record<string, ParameterWording>> = {
  [`${REVENUS}/deductions/abatpro/min2`]: {
    label: "Minimum de la déduction de 10 % des chômeurs de longue durée",
    description:
      "Montant annuel minimal de la déduction forfaitaire pour frais professionnels des demandeurs d'emploi depuis plus d'un an (jusqu'en 2017).",
  },
  [`${REVENUS}/deductions/abatpen/taux`]: {
    label: "Taux de l'abattement sur les pensions",
    description: "Fraction des pensions et retraites imposables retranchée au titre de l'abattement forfaitaire de 10 %.",
  },
  [`${REVENUS}/deductions/abatpen/min`]: {
    label: "Minimum de l'abattement sur les pensions",
    description: "Montant minimal de l'abattement sur les pensions, par pensionné, sans pouvoir dépasser sa pension.",
  },
  [`${REVENUS}/deductions/abatpen/max`]: {
    label: "Plafond de l'abattement sur les pensions",
    description: "Montant maximal de l'abattement sur les pensions, pour l'ensemble des pensions du foyer fiscal.",
  },
  [`${REVENUS}/deductions/abatviag/taux1`]: {
    label: "Part imposable des rentes viagères (moins de 50 ans)",
    description:
      "Fraction imposable d'une rente viagère à titre onéreux dont le bénéficiaire avait moins de 50 ans à l'entrée en jouissance.",
  },
  [`${REVENUS}/deductions/abatviag/taux2`]: {
    label: "Part imposable des rentes viagères (50 à 59 ans)",
    description:
      "Fraction imposable d'une rente viagère à titre onéreux dont le bénéficiaire avait de 50 à 59 ans à l'entrée en jouissance.",
  },
  [`${REVENUS}/deductions/abatviag/taux3`]: {
    label: "Part imposable des rentes viagères (60 à 69 ans)",
    description:
      "Fraction imposable d'une rente viagère à titre onéreux dont le bénéficiaire avait de 60 à 69 ans à l'entrée en jouissance.",
  },
  [`${REVENUS}/deductions/abatviag/taux4`]: {
    label: "Part imposable des rentes viagères (70 ans et plus)",
    description:
      "Fraction imposable d'une rente viagère à titre onéreux dont le bénéficiaire avait 70 ans ou plus à l'entrée en jouissance.",
  },
  [`${REVENUS}/abat_rni/enfant_marie`]: {
    label: "Abattement par enfant marié rattaché",
    description: "Abattement sur le revenu net global pour chaque enfant marié, pacsé ou chargé de famille rattaché au foyer (case N).",
  },
  [`${REVENUS}/rpns/micro/microfoncier/plafond_recettes`]: {
    label: "Plafond de recettes du micro-foncier",
    description: "Montant annuel brut des loyers au-delà duquel le régime micro-foncier ne s'applique pas.",
  },
  [`${REVENUS}/rpns/micro/microfoncier/taux`]: {
    label: "Abattement du micro-foncier",
    description: "Abattement forfaitaire appliqué aux loyers bruts déclarés au régime micro-foncier.",
  },
  [`${RVCM}/majoration_revenus_reputes_distribues`]: {
    label: "Majoration des revenus réputés distribués",
    description:
      "Coefficient de majoration des revenus réputés distribués et de certains revenus de capitaux mobiliers retenus pour l'impôt.",
  },
  [`${RVCM}/produits_assurances_vies_assimiles/abattement_celib`]: {
    label: "Abattement sur les produits d'assurance-vie (personne seule)",
    description: "Abattement annuel sur les produits des contrats d'assurance-vie de plus de huit ans d'une personne seule.",
  },
  [`${RVCM}/produits_assurances_vies_assimiles/abattement_couple`]: {
    label: "Abattement sur les produits d'assurance-vie (couple)",
    description:
      "Abattement annuel sur les produits des contrats d'assurance-vie de plus de huit ans d'un couple soumis à imposition commune.",
  },
  [`${RVCM}/revenus_capitaux_mobiliers_dividendes/abattement_forfaitaire`]: {
    label: "Abattement forfaitaire sur les dividendes (jusqu'en 2012)",
    description: "Abattement annuel fixe sur les dividendes, par déclarant (supprimé pour les revenus de 2012 et après).",
  },
  [`${RVCM}/revenus_capitaux_mobiliers_dividendes/taux_abattement`]: {
    label: "Abattement proportionnel sur les dividendes",
    description: "Fraction des dividendes non retenue dans le revenu imposable au barème (abattement de 40 %).",
  },
  [`${RVCM}/taux_forfaitaire`]: {
    label: "Taux forfaitaire sur les revenus de capitaux mobiliers",
    description: "Taux d'imposition forfaitaire de certains produits de capitaux mobiliers (bons et contrats de capitalisation).",
    reference: [{ title: "Code général des impôts, article 125-0 A" }],
  },
  [`${PFU}/taux_prelevement_forfaitaire_rev_capital_eligibles_pfu_interets_dividendes_etc`]: {
    label: "Taux du prélèvement forfaitaire unique (impôt sur le revenu)",
    description: "Taux de l'impôt sur le revenu dû au titre du prélèvement forfaitaire unique sur les revenus et plus-values mobiliers.",
    reference: [{ title: "Code général des impôts, article 200 A" }],
  },
  [`${PFU}/taux_prelevement_produits_assurance_vie_non_eligibles_prelevement_forfaitaire_unique`]: {
    label: "Taux réduit du prélèvement forfaitaire unique sur l'assurance-vie",
    description:
      "Taux de l'impôt sur le revenu sur les produits des contrats d'assurance-vie de plus de huit ans, pour les primes dans la limite de 150 000 €.",
    reference: [{ title: "Code général des impôts, article 200 A" }],
  },
  [`${RPNS}/cga_taux2`]: {
    label: "Majoration des revenus sans centre de gestion agréé",
    description:
      "Taux de majoration des bénéfices des professionnels qui n'adhèrent pas à un centre ou une association de gestion agréés (jusqu'en 2022).",
    reference: [{ title: "Code général des impôts, article 158, 7" }],
  },
  [`${MICRO}/montant_minimum`]: {
    label: "Abattement minimal des micro-entreprises",
    description: "Montant minimal de l'abattement forfaitaire sur les recettes des régimes micro-BIC et micro-BNC.",
    reference: [{ title: "Code général des impôts, articles 50-0 et 102 ter" }],
  },
  [`${MICRO}/regime_micro_bic/marchandises/taux`]: {
    label: "Abattement micro-BIC : ventes",
    description:
      "Taux de l'abattement forfaitaire sur le chiffre d'affaires des ventes de marchandises et des locations de tourisme classées.",
    reference: [{ title: "Code général des impôts, article 50-0" }],
  },
  [`${MICRO}/regime_micro_bic/marchandises/plafond`]: {
    label: "Plafond du micro-BIC : ventes",
    description: "Chiffre d'affaires hors taxes maximal des activités de vente pour relever du régime micro-BIC.",
    reference: [{ title: "Code général des impôts, article 50-0" }],
  },
  [`${MICRO}/regime_micro_bic/services/taux`]: {
    label: "Abattement micro-BIC : services",
    description: "Taux de l'abattement forfaitaire sur les recettes des prestations de services relevant du régime micro-BIC.",
    reference: [{ title: "Code général des impôts, article 50-0" }],
  },
  [`${MICRO}/regime_micro_bic/services/plafond`]: {
    label: "Plafond du micro-BIC : services",
    description: "Chiffre d'affaires hors taxes maximal des prestations de services pour relever du régime micro-BIC.",
    reference: [{ title: "Code général des impôts, article 50-0" }],
  },
  [`${MICRO}/regime_micro_bnc/taux`]: {
    label: "Abattement micro-BNC",
    description: "Taux de l'abattement forfaitaire sur les recettes des bénéfices non commerciaux au régime déclaratif spécial.",
    reference: [{ title: "Code général des impôts, article 102 ter" }],
  },
  [`${MICRO}/regime_micro_bnc/plafond`]: {
    label: "Plafond du micro-BNC",
    description: "Recettes maximales pour relever du régime déclaratif spécial des bénéfices non commerciaux.",
    reference: [{ title: "Code général des impôts, article 102 ter" }],
  },
  [`${MICRO}/regime_micro_ba/taux`]: {
    label: "Abattement micro-BA",
    description: "Taux de l'abattement forfaitaire sur les recettes agricoles au régime micro-BA (depuis 2016).",
    reference: [{ title: "Code général des impôts, article 64 bis" }],
  },
  [`${MICRO}/regime_micro_ba/maj_frag`]: {
    label: "Majoration des anciens forfaits agricoles",
    description:
      "Majoration des bénéfices forfaitaires agricoles des années antérieures retenus dans la moyenne du régime micro-BA (2016 et 2017).",
    reference: [{ title: "Code général des impôts, article 64 bis" }],
  },
  [`${RPNS}/taux10`]: {
    label: "Taux réduit des produits de brevets",
    description: "Taux d'imposition à 10 % des produits de la cession ou de la concession de brevets et d'inventions, depuis 2019.",
    reference: [{ title: "Code général des impôts, article 238" }],
  },
  [`${CHARGES}/pensions_alimentaires/plafond`]: {
    label: "Plafond de la pension alimentaire déductible par enfant majeur",
    description: "Montant maximal déductible de la pension alimentaire versée à un enfant majeur, par enfant.",
    reference: [{ title: "Code général des impôts, article 156, II, 2°" }],
  },
  [`${CHARGES}/pensions_alimentaires/taux_jgt_2006`]: {
    label: "Revalorisation des pensions fixées avant 2006",
    description:
      "Coefficient appliqué aux pensions alimentaires versées en vertu d'une décision de justice définitive avant le 1er janvier 2006.",
    reference: [{ title: "Code général des impôts, article 156, II, 2°" }],
  },
  [`${CHARGES}/accueil_personne_agee/plafond`]: {
    label: "Plafond de la déduction pour l'accueil d'une personne âgée",
    description: "Montant maximal déductible, par personne accueillie, des frais d'accueil sous son toit d'une personne de plus de 75 ans.",
    reference: [{ title: "Code général des impôts, article 156, II, 2° ter" }],
  },
  [`${CHARGES}/grosses_reparations/plafond`]: {
    label: "Plafond des grosses réparations des nus-propriétaires",
    description: "Montant annuel maximal des dépenses de grosses réparations déductibles par un nu-propriétaire (dépenses de 2009 à 2017).",
    reference: [{ title: "Code général des impôts, article 156, I, 3°" }],
  },
  ["taxation_capital/prelevements_sociaux/csg/taux_deductible/revenus_du_patrimoine"]: {
    label: "CSG déductible sur les revenus du patrimoine",
    description: "Part du taux de la CSG sur les revenus du patrimoine déductible du revenu imposable.",
    reference: [{ title: "Code général des impôts, article 154 quinquies" }],
  },
  [`${PFL}/liberatoire_assurance_vie/bons_contrats_placements/apres_le_1_1_90/duree_8_ans_et_produits_apres_1998`]: {
    label: "Prélèvement libératoire : assurance-vie de huit ans et plus",
    description:
      "Taux du prélèvement libératoire sur les produits des contrats d'assurance-vie souscrits depuis 1990, d'une durée d'au moins huit ans.",
    reference: [{ title: "Code général des impôts, articles 125-0 A et 125 A" }],
  },
  [`${PFL}/liberatoire_assurance_vie/bons_contrats_placements/apres_le_1_1_90/duree_moins_de_4_ans`]: {
    label: "Prélèvement libératoire : assurance-vie de moins de quatre ans",
    description:
      "Taux du prélèvement libératoire sur les produits des contrats d'assurance-vie souscrits depuis 1990, d'une durée de moins de quatre ans.",
    reference: [{ title: "Code général des impôts, articles 125-0 A et 125 A" }],
  },
  [`${PFL}/liberatoire_assurance_vie/bons_contrats_placements/apres_le_1_1_90/duree_4_a_8_ans`]: {
    label: "Prélèvement libératoire : assurance-vie de quatre à huit ans",
    description:
      "Taux du prélèvement libératoire sur les produits des contrats d'assurance-vie souscrits depuis 1990, d'une durée de quatre à huit ans.",
    reference: [{ title: "Code général des impôts, articles 125-0 A et 125 A" }],
  },
  [`${PFL}/liberatoire_assurance_vie/bons_contrats_placements/entre_1_1_83_et_31_12_89/six_ans_produits_apres_98`]: {
    label: "Prélèvement libératoire : assurance-vie souscrite avant 1990, six ans et plus",
    description:
      "Taux du prélèvement libératoire sur les produits des contrats d'assurance-vie souscrits de 1983 à 1989, d'une durée d'au moins six ans.",
    reference: [{ title: "Code général des impôts, articles 125-0 A et 125 A" }],
  },
  [`${PFL}/liberatoire_assurance_vie/bons_contrats_placements/avec_anonymat`]: {
    label: "Prélèvement libératoire : contrats anonymes",
    description: "Taux du prélèvement libératoire sur les produits des bons et contrats dont le bénéficiaire ne révèle pas son identité.",
    reference: [{ title: "Code général des impôts, articles 125-0 A et 125 A" }],
  },
  [`${PFL}/liberatoire_assurance_vie/bons_contrats_placements/produits_vers_etats_non_cooperatifs`]: {
    label: "Prélèvement libératoire : assurance-vie dans un État non coopératif",
    description: "Taux du prélèvement libératoire sur les produits des bons et contrats payés dans un État ou territoire non coopératif.",
    reference: [{ title: "Code général des impôts, articles 125-0 A et 125 A" }],
  },
  [`${PFL}/liberatoire_taux_fixe/dividendes`]: {
    label: "Prélèvement libératoire sur les dividendes",
    description: "Taux du prélèvement forfaitaire libératoire sur option sur les dividendes (revenus de 2008 à 2012).",
    reference: [{ title: "Code général des impôts, articles 125-0 A et 125 A" }],
  },
  [`${PFL}/liberatoire_taux_fixe/autres_produits_de_placement_a_revenu_fixe/courus_entre_le_1_1_95_et_apres`]: {
    label: "Prélèvement libératoire sur les produits de placement à revenu fixe",
    description: "Taux du prélèvement forfaitaire libératoire sur les intérêts et autres produits de placement à revenu fixe.",
    reference: [{ title: "Code général des impôts, articles 125-0 A et 125 A" }],
  },
  [`${PFL}/liberatoire_taux_fixe/produits_epargne_solidaire_partage`]: {
    label: "Prélèvement libératoire sur l'épargne solidaire de partage",
    description: "Taux du prélèvement forfaitaire libératoire sur les produits d'épargne solidaire de partage.",
    reference: [{ title: "Code général des impôts, articles 125-0 A et 125 A" }],
  },
  ["taxation_capital/prelevements_sociaux/csg/taux_global/produits_de_placement"]: {
    label: "CSG sur les produits de placement et revenus du patrimoine",
    description: "Taux global de la CSG sur les revenus du patrimoine et les produits de placement.",
    reference: [{ title: "Code de la sécurité sociale, articles L136-6 et L136-7" }],
  },
  ["taxation_capital/prelevements_sociaux/csg/taux_global/produits_de_placement_alleges"]: {
    label: "CSG au taux antérieur sur certains revenus du capital",
    description: "Taux de la CSG maintenu, depuis 2026, sur les produits d'assurance-vie, d'épargne logement et les revenus fonciers.",
    reference: [{ title: "Code de la sécurité sociale, articles L136-6 et L136-7" }],
  },
  ["taxation_capital/prelevements_sociaux/prelevement_social/produits_de_placement"]: {
    label: "Prélèvement social sur les revenus du capital",
    description: "Taux du prélèvement social sur les revenus du patrimoine et les produits de placement (jusqu'en 2018).",
    reference: [{ title: "Code de la sécurité sociale, article L245-15" }],
  },
  ["taxation_capital/prelevements_sociaux/caps/produits_de_placement"]: {
    label: "Contribution additionnelle au prélèvement social",
    description: "Taux de la contribution additionnelle au prélèvement social sur les revenus du capital (jusqu'en 2018).",
    reference: [{ title: "Code de l'action sociale et des familles, article L14-10-4" }],
  },
  ["taxation_capital/prelevements_sociaux/caps/rsa"]: {
    label: "Contribution pour le financement du RSA sur les revenus du capital",
    description: "Taux de la contribution additionnelle finançant le RSA sur les revenus du capital (2009 à 2012).",
    reference: [{ title: "Code de l'action sociale et des familles, article L262-24" }],
  },
  ["taxation_capital/prelevements_sociaux/prelevements_solidarite/produits_de_placement"]: {
    label: "Prélèvement de solidarité sur les revenus du capital",
    description: "Taux du prélèvement de solidarité sur les revenus du patrimoine et les produits de placement (depuis 2013).",
    reference: [{ title: "Code général des impôts, article 235 ter" }],
  },
};
