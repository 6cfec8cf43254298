/**
 * Zéro's own wording for the parameters of the aides des jeunes, des étudiants, du logement et de la culture. Values, dates and legal references
 * come from OpenFisca-France (facts); the descriptions and labels are written for Zéro. Used
 * only by `import-parameters.ts` (through `parameter-descriptions.ts`), never at runtime.
 */
import type { ParameterWording } from "./parameter-wording.ts";

const EDU = "prestations_sociales/education";
const BOURSES = `${EDU}/bourses/bourses_education`;
const COLLEGE = `${BOURSES}/bourse_college`;
const LYCEE = `${BOURSES}/bourse_lycee`;

const CODE_EDUCATION = "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006071191";
const collegeAvant2016 = [
  {
    title: "Code de l'éducation, articles D531-1 à D531-5 (bourse de collège : plafonds selon les enfants à charge)",
    href: CODE_EDUCATION,
  },
];
const lyceeAvant2016 = [
  { title: "Code de l'éducation, articles D531-19 à D531-23 (bourse de lycée : points de charge et parts)", href: CODE_EDUCATION },
];

const enfants = (n: number): string => (n === 8 ? "huit enfants ou plus" : n === 1 ? "un enfant" : `${n} enfants`);

const bourses: Record<string, ParameterWording> = {
  [`${COLLEGE}/avant_2016/coeff_enfant_supplementaire`]: {
    label: "Majoration des plafonds par enfant (collège, avant 2016)",
    description:
      "Part des plafonds de ressources de la bourse de collège ajoutée pour chaque enfant à charge (barème d'avant la rentrée 2016).",
    reference: collegeAvant2016,
  },
};
for (const taux of [1, 2, 3]) {
  bourses[`${COLLEGE}/avant_2016/plafond_taux_${taux}`] = {
    label: `Plafond de ressources du taux ${taux} (collège, avant 2016)`,
    description: `Revenu fiscal de référence de base au-dessous duquel la bourse de collège est accordée au taux ${taux}, avant sa majoration par enfant (barème d'avant la rentrée 2016).`,
    reference: collegeAvant2016,
  };
  bourses[`${COLLEGE}/montant_taux_${taux}`] = {
    label: `Montant annuel de l'échelon ${taux} de la bourse de collège`,
    description: `Montant annuel par enfant de l'échelon ${taux} de la bourse de collège, en fraction de la base mensuelle des allocations familiales.`,
  };
  for (let n = 1; n <= 8; n++) {
    bourses[`${COLLEGE}/apres_2016/echelon_${taux}/plafond_${n}e`] = {
      label: `Plafond de l'échelon ${taux} de la bourse de collège, ${enfants(n)}`,
      description: `Revenu fiscal de référence maximal pour l'échelon ${taux} de la bourse de collège pour une famille avec ${enfants(n)} à charge, en nombre de fois le SMIC horaire brut.`,
    };
  }
}
for (let echelon = 1; echelon <= 6; echelon++) {
  bourses[`${LYCEE}/apres_2016/echelon_${echelon}/montant`] = {
    label: `Montant annuel de l'échelon ${echelon} de la bourse de lycée`,
    description: `Montant annuel par lycéen de l'échelon ${echelon} de la bourse de lycée, en nombre de fois la base mensuelle des allocations familiales.`,
  };
  for (let n = 1; n <= 8; n++) {
    bourses[`${LYCEE}/apres_2016/echelon_${echelon}/plafond_${n}e`] = {
      label: `Plafond de l'échelon ${echelon} de la bourse de lycée, ${enfants(n)}`,
      description: `Revenu fiscal de référence maximal pour l'échelon ${echelon} de la bourse de lycée pour une famille avec ${enfants(n)} à charge, en nombre de fois le SMIC horaire brut.`,
    };
  }
}
bourses[`${LYCEE}/avant_2016/valeur_part`] = {
  label: "Valeur d'une part de bourse de lycée (avant 2016)",
  description: "Montant annuel d'une part de bourse de lycée, multiplié par le nombre de parts accordé (barème d'avant la rentrée 2016).",
  reference: lyceeAvant2016,
};
for (let parts = 3; parts <= 10; parts++) {
  bourses[`${LYCEE}/avant_2016/plafonds_reference/${parts}_parts`] = {
    label: `Plafond de référence pour ${parts} parts (lycée, avant 2016)`,
    description: `Revenu fiscal de référence au-dessous duquel ${parts} parts de bourse de lycée sont accordées à une famille de 9 points de charge (barème d'avant la rentrée 2016).`,
    reference: lyceeAvant2016,
  };
  bourses[`${LYCEE}/avant_2016/increments_par_point_de_charge/${parts}_parts`] = {
    label: `Majoration par point de charge pour ${parts} parts (lycée, avant 2016)`,
    description: `Montant ajouté au plafond de référence pour ${parts} parts de bourse de lycée par point de charge au-delà de 9 (barème d'avant la rentrée 2016).`,
    reference: lyceeAvant2016,
  };
}

export const jeunesWordings: Readonly<Record<string, ParameterWording>> = {
  ...bourses,
};

/** Node descriptions (index.yaml). */
export const jeunesNodeWordings: Readonly<Record<string, string>> = {
  [EDU]: "Aides à l'éducation, à la formation, à la mobilité et à la culture des jeunes",
  [`${EDU}/bourses`]: "Bourses des élèves et des étudiants",
  [BOURSES]: "Bourses nationales de l'enseignement du second degré (collège et lycée)",
  [COLLEGE]: "Bourse de collège",
  [`${COLLEGE}/avant_2016`]: "Bourse de collège : barème d'avant la rentrée 2016",
  [`${COLLEGE}/apres_2016`]: "Bourse de collège : plafonds depuis la rentrée 2016, en multiples du SMIC horaire",
  [LYCEE]: "Bourse de lycée",
  [`${LYCEE}/avant_2016`]: "Bourse de lycée : barème en parts d'avant la rentrée 2016",
  [`${LYCEE}/avant_2016/plafonds_reference`]: "Plafonds de référence par nombre de parts",
  [`${LYCEE}/avant_2016/increments_par_point_de_charge`]: "Majorations des plafonds par point de charge",
  [`${LYCEE}/apres_2016`]: "Bourse de lycée : échelons depuis la rentrée 2016",
  ...Object.fromEntries([1, 2, 3].map((e) => [`${COLLEGE}/apres_2016/echelon_${e}`, `Échelon ${e} de la bourse de collège`])),
  ...Object.fromEntries([1, 2, 3, 4, 5, 6].map((e) => [`${LYCEE}/apres_2016/echelon_${e}`, `Échelon ${e} de la bourse de lycée`])),
};
