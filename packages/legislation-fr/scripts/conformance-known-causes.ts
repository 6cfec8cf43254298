// Causes of reference failures identified by reading the cases (manual analysis).
// A label explains a failure; it never removes the case from the counts.
import type { CaseOutcome } from "./conformance-report.ts";

interface KnownCause {
  readonly label: string;
  readonly matches: (outcome: CaseOutcome) => boolean;
}

const file = (pattern: RegExp) => (o: CaseOutcome) => pattern.test(o.file);
const files = (...ids: string[]) => (o: CaseOutcome) => ids.some((id) => o.file.includes(id));
const caseOf = (path: string, ...indexes: number[]) => (o: CaseOutcome) => o.file === path && indexes.includes(o.index + 1);

/** Every failing RSA, PPA or AF assertion is in February 2024 and off by less than 2 €. */
function februaryPss(o: CaseOutcome): boolean {
  const failing = o.result.assertions.filter((a) => !a.passed && /^(rsa|ppa|af)(_|$)/.test(a.variable));
  return (
    failing.length > 0 &&
    failing.every(
      (a) => a.period === "2024-02" && Math.abs(Number(a.computed) - Number(a.expected)) < 2,
    )
  );
}

/** Every failing RSA, PPA or AF assertion is on that benefit. */
function failsOnly(o: CaseOutcome, benefit: string): boolean {
  const failing = o.result.assertions.filter((a) => !a.passed && /^(rsa|ppa|af)(_|$)/.test(a.variable));
  return failing.length > 0 && failing.every((a) => a.variable === benefit || a.variable.startsWith(`${benefit}_`));
}

export const KNOWN_CAUSES: readonly KnownCause[] = [
  {
    label: "aide au logement (qui fixe le forfait logement) : le calcul de Zéro s'écarte de celui d'OpenFisca (règles d'avant 2021, abattements et neutralisations des ressources, étudiants non modélisés)",
    matches: (o) =>
      caseOf("formulas/rsa/rsa_2017.yaml", 1, 5, 6)(o) || files("53d79982f6aa390200a6cd08", "53fb60ad2f1265020080b6b8")(o),
  },
  {
    label: "PAJE (allocation de base) calculée par OpenFisca et comptée en ressource ; ici une simple entrée",
    matches: (o) =>
      caseOf("formulas/rsa/rsa_couple.yaml", 14)(o) ||
      files(
        "5458fc97af63db2c33f15def",
        "545a4ee5ffe6a1e044e6c2a3",
        "545a512bd0485dd744fc56aa",
        "546b094fde0b44f86312e846",
        "546b3babde0b44f86312e8b3",
        "546b58b75d4a0b016431dd97",
        "55bb70a5f0ac7bb86ba0523d",
      )(o),
  },
  {
    label: "complément familial calculé par OpenFisca et compté en ressource ; ici une simple entrée",
    matches: files("545a53d20e9bb9d9441ed67d", "54f73d1471bd0dd87b7d9a2a"),
  },
  {
    label:
      "taux de CSG des pensions : Zéro applique la règle des deux années (CSS art. L136-8, III : le taux réduit reste dû si le RFR de N-3 n'excédait pas son seuil) ; ces cas n'ont pas de revenus avant 2022 (RFR de N-3 nul), OpenFisca ignore la règle",
    matches: file(/^leximpact\/2024\/(02_couple_retraites|Z_couple_retraites|Z_couple_marie_retraites)/),
  },
  {
    label: "ASPA calculée par OpenFisca et comptée en ressource ; ici une simple entrée",
    matches: file(/^leximpact\/.*aspa_0/),
  },
  {
    label: "salaire net du secteur public (traitement indiciaire) : non modélisé",
    matches: file(/^leximpact\/.*ZZ_cotis_(fonctionnaire|salarie_public)/),
  },
  {
    label: "aide au logement (qui fixe le forfait logement) : le calcul de Zéro s'écarte de celui d'OpenFisca (règles d'avant 2021, abattements et neutralisations des ressources, étudiants non modélisés)",
    matches: (o) =>
      /^leximpact\/.*(Z_chomeur|seuil_rsa_(chomeur|inactif)|ass_01_personne_seule_sans_ass|conjoint_sans_ass)/.test(o.file) ||
      (/^leximpact\/.*(csg_salaire_01_salarie_prive_0\.8|prime_partage_valeur_0[13])/.test(o.file) && failsOnly(o, "ppa")),
  },
  {
    label: "ASS ou AAH calculée par OpenFisca ; ici une simple entrée",
    matches: (o) =>
      /^leximpact\/.*aah/.test(o.file) ||
      /^leximpact\/.*\/ass_01_personne_seule\.yml$/.test(o.file) ||
      /^leximpact\/.*\/ass_02_.*_conjoint_ass(_1_enfant)?\.yml$/.test(o.file),
  },
  {
    label: "ASF, CF et aide au logement calculés par OpenFisca ; ici de simples entrées",
    matches: file(/^leximpact\/.*(famille_monoparentale|couple_1actif_1inactif)/),
  },
  {
    label: "plafond de la sécurité sociale proratisé par OpenFisca en février (29/30) ; Zéro applique le plafond mensuel",
    matches: februaryPss,
  },
];

export function knownCause(outcome: CaseOutcome): string | undefined {
  return KNOWN_CAUSES.find((c) => c.matches(outcome))?.label;
}
