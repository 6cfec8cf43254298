// What the conformance report measures: the benefits (each with the variables that count for
// it), and the outcome of one reference case.
import type { TestCaseResult } from "@zero/engine";

/** A variable counts for the benefit when it is the name or starts with `name_`. */
const prefix =
  (...names: string[]) =>
  (variable: string): boolean =>
    names.some((n) => variable === n || variable.startsWith(`${n}_`));

/** What public simulators ask for (issue 13, step 3), apart from the income tax. */
const SIMULATEURS = new Set([
  "agepi",
  "aide_mobilite",
  "aide_mobilite_master",
  "aide_mobilite_parcoursup",
  "aide_formation_gen",
  "aide_merite_montant",
  "aide_alimentation_etudiants_eloignes",
  "bourse_college",
  "bourse_lycee",
  "bourse_criteres_sociaux",
  "boursier",
  "crous_repas_montant",
  "seances_sante_psy_etudiant",
  "garantie_pret_etudiant_eligibilite",
  "contrat_engagement_jeune",
  "mobili_jeune",
  "locapass_eligibilite",
  "visale_eligibilite",
  "visale_montant_max",
  "logement_social_eligible",
  "bail_reel_solidaire",
  "pass_culture",
  "pass_sport",
  "pass_colo",
  "depart1825_montant_maximum",
  "gratuite_musees_monuments",
  "carte_sncf_eleve_apprenti_eligibilite",
  "livret_epargne_populaire_taux",
]);

/** The income tax is judged on folders, every assertion of their cases counting. */
const IMPOT_FILES = /^(formulas\/irpp\.yaml|impot_revenu\/|calculateur_impots\/)/;

interface BenefitRule {
  readonly label: string;
  /** The variables whose assertions count for the benefit. */
  readonly counts: (variable: string) => boolean;
  /** Judged on these files only (all their cases), instead of the cases asserting the variables. */
  readonly files?: RegExp;
}

const rules = {
  rsa: { label: "RSA (`rsa*`)", counts: prefix("rsa") },
  ppa: { label: "Prime d'activité (`ppa*`)", counts: prefix("ppa") },
  af: { label: "Allocations familiales (`af*`)", counts: prefix("af") },
  paje_base: { label: "PAJE, allocation de base (`paje_base*`)", counts: prefix("paje_base") },
  paje: { label: "PAJE, toutes ses parts (`paje*`)", counts: prefix("paje") },
  cf: { label: "Complément familial (`cf*`)", counts: prefix("cf") },
  asf: { label: "Allocation de soutien familial (`asf*`)", counts: prefix("asf") },
  ars: { label: "Allocation de rentrée scolaire (`ars*`)", counts: prefix("ars") },
  aeeh: { label: "AEEH (`aeeh*`)", counts: prefix("aeeh") },
  aah: { label: "AAH, CAAH et MVA (`aah*`, `caah*`, `mva*`)", counts: prefix("aah", "caah", "mva") },
  aspa: { label: "ASPA et ASI (`aspa*`, `asi*`, `asi_aspa*`)", counts: prefix("aspa", "asi") },
  ass: { label: "Allocation de solidarité spécifique (`ass*`)", counts: prefix("ass") },
  css: { label: "Complémentaire santé solidaire (`css*`, `cmu_c*`, `acs*`)", counts: prefix("css", "cmu_c", "acs") },
  cheque_energie: { label: "Chèque énergie (`cheque_energie*`)", counts: prefix("cheque_energie") },
  aides_logement: {
    label: "Aides au logement (`aide_logement*`, `aides_logement*`, `apl`, `alf`, `als`, `reduction_loyer_solidarite*`)",
    counts: (v: string) => /^(aides?_logement(_.*)?|apl|alf|als)$/.test(v) || prefix("reduction_loyer_solidarite")(v),
  },
  simulateurs: { label: "Ce que demandent les simulateurs publics (issue 13, étape 3)", counts: (v: string) => SIMULATEURS.has(v) },
  impot_revenu: {
    label: "Impôt sur le revenu (`formulas/irpp.yaml`, `impot_revenu/`, `calculateur_impots/` : toutes les vérifications)",
    counts: () => true,
    files: IMPOT_FILES,
  },
} satisfies Record<string, BenefitRule>;

export type Benefit = keyof typeof rules;

/** The benefits measured, in report order. */
export const BENEFITS = Object.keys(rules) as Benefit[];

export const labelOf = (b: Benefit): string => rules[b].label;

/** Whether an assertion on `variable` counts for the benefit. */
export const belongsTo = (variable: string, b: Benefit): boolean => rules[b].counts(variable);

/** The benefits a reference case counts for: by the variables it asserts, or by its file. */
export function benefitsOfCase(file: string, asserted: ReadonlySet<string>): Benefit[] {
  return BENEFITS.filter((b) => {
    const { files } = rules[b] as BenefitRule;
    return files ? files.test(file) : [...asserted].some((v) => belongsTo(v, b));
  });
}

export interface CaseOutcome {
  readonly file: string;
  readonly index: number;
  readonly name: string;
  readonly benefits: readonly Benefit[];
  readonly result: TestCaseResult;
}
