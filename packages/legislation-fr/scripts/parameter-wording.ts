// The shape of Zéro's wording of a parameter (parameter-descriptions*.ts), in a file of its
// own so that the wording files do not import each other.

export interface ParameterWording {
  /** References to use when the source file gives none (written for Zéro, from the law). */
  readonly reference?: readonly { title: string; href?: string; since?: string }[];
  /** One sentence, in French, saying what the number is for. */
  readonly description: string;
  /** Short French label for tables and explanations. */
  readonly label: string;
}
