// Paths and legal references shared by the income tax's wording files (parameter-descriptions-impot-revenu*.ts).

export const PLAF_QF = "impot_revenu/calcul_impot_revenu/plaf_qf";
export const QF = `${PLAF_QF}/quotient_familial`;
export const DEMI_PART = `${PLAF_QF}/plafond_avantages_procures_par_demi_part`;
export const RSCR = `${PLAF_QF}/reduction_ss_condition_revenus`;
export const REVENUS = "impot_revenu/calcul_revenus_imposables";
export const RVCM = `${REVENUS}/rvcm`;
export const PPE = "impot_revenu/credits_impots/ppe";
export const PLAF_NICH = "impot_revenu/credits_impots/plaf_nich";
export const REDUCTIONS = "impot_revenu/calcul_reductions_impots";
export const CGI_194 = [{ title: "Code général des impôts, article 194" }];
export const CGI_200_SEXIES = [{ title: "Code général des impôts, article 200 sexies" }];
export const CDHR = "impot_revenu/contributions_exceptionnelles/contribution_differentielle_hauts_revenus";
export const PFU = "taxation_capital/prelevement_forfaitaire/partir_2018";
export const CGI_224 = [{ title: "Code général des impôts, article 224" }];
export const RPNS = `${REVENUS}/rpns`;
export const MICRO = `${RPNS}/micro/microentreprise`;
export const PV = "impot_revenu/calcul_impot_revenu/pv";
export const CHARGES = `${REVENUS}/charges_deductibles`;
export const CREDITS = "impot_revenu/credits_impots";
export const PFL = "taxation_capital/prelevement_forfaitaire";
export const CGI_200_0_A = [{ title: "Code général des impôts, article 200-0 A" }];
