// The inputs Mes droits may ask a person about, in plain French. The engine says which of them a
// result still depends on (its missing inputs); only those are asked, most useful first. Any
// other input takes OpenFisca's default (docs/api/droits.md).

export interface QuestionSpec {
  readonly variable: string;
  readonly label: string;
  /** Who is asked, among the persons: the parents of the famille, or everybody. */
  readonly who?: "adults" | "everyone";
  /** Resources are asked once for the months they are read over (a monthly mean). */
  readonly resource?: boolean;
  /**
   * The model's inputs this question answers for (the variable asked has a formula from them:
   * a person knows a net wage, the model starts from the gross one).
   */
  readonly answers?: readonly string[];
}

export const QUESTIONS: readonly QuestionSpec[] = [
  { variable: "date_naissance", label: "Quelle est la date de naissance de cette personne ?", who: "everyone" },
  {
    variable: "salaire_net",
    label: "Quel salaire net cette personne a-t-elle touché, en moyenne par mois ?",
    resource: true,
    answers: ["salaire_de_base"],
  },
  {
    variable: "chomage_net",
    label: "Quelles allocations chômage cette personne a-t-elle touchées, par mois ?",
    resource: true,
    answers: ["allocation_retour_emploi"],
  },
  {
    variable: "retraite_nette",
    label: "Quelle pension de retraite cette personne touche-t-elle, par mois ?",
    resource: true,
    answers: ["retraite_brute"],
  },
  {
    variable: "pensions_alimentaires_percues",
    label: "Quelles pensions alimentaires cette personne reçoit-elle, par mois ?",
    resource: true,
  },
  { variable: "handicap", label: "Cette personne a-t-elle un handicap reconnu ?", who: "everyone" },
  { variable: "taux_incapacite", label: "Quel est son taux d'incapacité reconnu par la MDPH (de 0 à 1) ?" },
  { variable: "statut_occupation_logement", label: "Quelle est la situation de logement du foyer ?" },
  { variable: "loyer", label: "Quel est le loyer mensuel, charges comprises ?" },
  { variable: "depcom", label: "Dans quelle commune le foyer habite-t-il (code INSEE) ?" },
  { variable: "statut_marital", label: "Quel est le statut marital de cette personne ?" },
  { variable: "activite", label: "Quelle est l'activité de cette personne ?" },
];

/** The question for each input the engine may miss (a question's own variable, or one it answers for). */
export const QUESTION_BY_VARIABLE: ReadonlyMap<string, QuestionSpec> = new Map(
  QUESTIONS.flatMap((q) => [q.variable, ...(q.answers ?? [])].map((name): [string, QuestionSpec] => [name, q])),
);
