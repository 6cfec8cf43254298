// Paths and helpers shared by the wording files of the simulators' aides (parameter-descriptions-jeunes*.ts).

export const EDU = "prestations_sociales/education";
export const CODE_EDUCATION = "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006071191";

/** One legal reference, as the wording files write them. */
export const ref = (title: string, href: string) => [{ title, href }];
