/**
 * Legal references for variables: the article, then the Légifrance link of its code.
 *
 * We link to the code's table of contents rather than to an article identifier: an
 * article's LEGIARTI identifier changes with each version, the code's does not.
 */
export type LegalReference = readonly [title: string, url: string];

const legifrance = (id: string): string => `https://www.legifrance.gouv.fr/codes/texte_lc/${id}`;

const code =
  (name: string, id: string) =>
  (...articles: string[]): LegalReference => [
    `${name}, ${articles.length > 1 ? "articles" : "article"} ${articles.join(", ")}`,
    legifrance(id),
  ];

/** Code de l'action sociale et des familles (RSA : articles L262-1 et suivants). */
export const casf = code("Code de l'action sociale et des familles", "LEGITEXT000006074069");
/** Code de la sécurité sociale (prestations familiales, prime d'activité). */
export const css = code("Code de la sécurité sociale", "LEGITEXT000006073189");
/** Code général des impôts. */
export const cgi = code("Code général des impôts", "LEGITEXT000006069577");
/** Code du travail. */
export const codeTravail = code("Code du travail", "LEGITEXT000006072050");
/** Code civil. */
export const codeCivil = code("Code civil", "LEGITEXT000006070721");
/** Code de la construction et de l'habitation (aides personnelles au logement). */
export const cch = code("Code de la construction et de l'habitation", "LEGITEXT000006074096");
/** Code de l'éducation. */
export const codeEducation = code("Code de l'éducation", "LEGITEXT000006071191");
/** Code de l'énergie (chèque énergie : articles L124-1 et R124-1 et suivants). */
export const codeEnergie = code("Code de l'énergie", "LEGITEXT000023983208");
