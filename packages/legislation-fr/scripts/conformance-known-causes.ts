// Causes of reference failures identified by reading the cases (manual analysis).
// A label explains a failure; it never removes the case from the counts.
import type { Benefit, CaseOutcome } from "./conformance-cases.ts";

interface KnownCause {
  readonly label: string;
  /** The benefits whose failures it explains: another benefit's failure in the same case is not labelled. */
  readonly benefits: readonly Benefit[];
  readonly matches: (outcome: CaseOutcome) => boolean;
}

const file = (pattern: RegExp) => (o: CaseOutcome) => pattern.test(o.file);
const files =
  (...ids: string[]) =>
  (o: CaseOutcome) =>
    ids.some((id) => o.file.includes(id));
const caseOf =
  (path: string, ...indexes: number[]) =>
  (o: CaseOutcome) =>
    o.file === path && indexes.includes(o.index + 1);

/**
 * Every failing RSA, PPA or AF assertion is on February 2024 (or, for the RSA's quarterly
 * resources, a quarter that contains it) and off by less than 0.5 %.
 */
function februaryPss(o: CaseOutcome): boolean {
  const failing = o.result.assertions.filter((a) => !a.passed && /^(rsa|ppa|af)(_|$)/.test(a.variable));
  const months = (variable: string) => (variable.startsWith("rsa") ? ["2024-02", "2024-03", "2024-04", "2024-05"] : ["2024-02"]);
  return (
    failing.length > 0 &&
    failing.every((a) => {
      const expected = Number(a.expected);
      const gap = Math.abs(Number(a.computed) - expected);
      return months(a.variable).includes(a.period) && gap < 0.005 * Math.max(1, Math.abs(expected));
    })
  );
}

/** Every failing RSA, PPA or AF assertion is on that benefit. */
function failsOnly(o: CaseOutcome, benefit: string): boolean {
  const failing = o.result.assertions.filter((a) => !a.passed && /^(rsa|ppa|af)(_|$)/.test(a.variable));
  return failing.length > 0 && failing.every((a) => a.variable === benefit || a.variable.startsWith(`${benefit}_`));
}

/** Some assertion on that benefit fails. */
function failsOn(o: CaseOutcome, benefit: string): boolean {
  return o.result.assertions.some((a) => !a.passed && (a.variable === benefit || a.variable.startsWith(`${benefit}_`)));
}

export const KNOWN_CAUSES: readonly KnownCause[] = [
  {
    benefits: ["rsa", "ppa"],
    label:
      "aide au logement (qui fixe le forfait logement) : le calcul de Zéro s'écarte de celui d'OpenFisca " +
      "(règles d'avant 2021, abattements et neutralisations des ressources, étudiants non modélisés)",
    matches: (o) => caseOf("formulas/rsa/rsa_2017.yaml", 1, 5, 6)(o) || files("53d79982f6aa390200a6cd08", "53fb60ad2f1265020080b6b8")(o),
  },
  {
    benefits: ["rsa", "ppa"],
    label:
      "taux de CSG des pensions : Zéro applique la règle des deux années (CSS art. " +
      "L136-8, III : le taux réduit reste dû si le RFR de N-3 n'excédait pas son seuil) ; " +
      "ces cas n'ont pas de revenus avant 2022 (RFR de N-3 nul), OpenFisca ignore la règle",
    matches: file(/^leximpact\/2024\/(02_couple_retraites|Z_couple_retraites|Z_couple_marie_retraites)/),
  },
  {
    benefits: ["rsa"],
    label:
      "ASPA comptée dans les ressources du RSA : Zéro prend la moyenne du trimestre de référence, " +
      "à ses montants de l'époque (CASF art. R262-7 : moyenne mensuelle des ressources des " +
      "trois mois précédents) ; OpenFisca compte l'ASPA du mois de droit (revalorisée en janvier)",
    matches: file(/^leximpact\/.*aspa_0/),
  },
  {
    benefits: ["rsa", "ppa"],
    label: "salaire net du secteur public (traitement indiciaire) : non modélisé",
    matches: file(/^leximpact\/.*ZZ_cotis_(fonctionnaire|salarie_public)/),
  },
  {
    benefits: ["rsa", "ppa"],
    label:
      "aide au logement (qui fixe le forfait logement) : le calcul de Zéro s'écarte de celui d'OpenFisca " +
      "(règles d'avant 2021, abattements et neutralisations des ressources, étudiants non modélisés)",
    matches: (o) =>
      /^leximpact\/.*(Z_chomeur|seuil_rsa_(chomeur|inactif)|ass_01_personne_seule_sans_ass|conjoint_sans_ass)/.test(o.file) ||
      (/^leximpact\/.*(csg_salaire_01_salarie_prive_0\.8|prime_partage_valeur_0[13])/.test(o.file) && failsOnly(o, "ppa")),
  },
  {
    benefits: ["ppa"],
    label:
      "aide au logement sous le seuil de versement : Zéro compare au seuil de 10 " +
      "€ le montant minoré de 5 € (CCH art. D823-16) et ne verse rien ; " +
      "OpenFisca verse 5,35 € et le retire de la prime d'activité (forfait logement)",
    matches: (o) =>
      /^leximpact\/2024\/(csg_salaire_01_salarie_prive_1_SMIC_d3|ZZ_salarie_prive_cdd_1SMIC_effectifemployeur_3500)\.yml$/.test(o.file) &&
      failsOnly(o, "ppa"),
  },
  {
    benefits: ["rsa", "ppa"],
    label:
      "prime de partage de la valeur versée en 2022, ou sous le régime exceptionnel en 2024 : Zéro " +
      "la compte dans les revenus d'activité (loi n° 2022-1158, art. 1er, en vigueur depuis " +
      "juillet 2022) ; OpenFisca ne la compte ni en 2022 ni, pour la prime exceptionnelle, après 2023",
    matches: (o) => caseOf("formulas/prime_partage_valeur.yaml", 5)(o) || /^leximpact\/2024\/prime_partage_valeur_02_/.test(o.file),
  },
  {
    benefits: ["rsa"],
    label:
      "RSA activité de 2014 : les indemnités journalières des trois premiers mois d'arrêt comptent " +
      "en revenus d'activité (pente de 62 %) chez OpenFisca ; Zéro les compte en autres " +
      "ressources pour le RSA (la règle des trois mois n'est modélisée que pour la prime d'activité)",
    matches: files("54817e07ed60b88866befc03"),
  },
  {
    benefits: ["rsa"],
    label:
      "RSA de 2015 : neutralisation d'une pension alimentaire interrompue dans " +
      "la limite du montant forfaitaire (règle de l'époque) : non modélisée",
    matches: files("54bfdf50d337b5d372377d50"),
  },
  {
    benefits: ["rsa"],
    label:
      "salaire net avant 2019 : non modélisé (les cotisations salariales de l'époque ne sont pas dans les " +
      "paramètres) ; le salaire brut de 2012 de ce cas donne un net nul et le RSA de 2013 reste le montant forfaitaire",
    matches: caseOf("ui.openfisca.fr/cas_types_ui.yaml", 1),
  },
  {
    benefits: ["aspa"],
    label:
      "ASPA d'une personne inapte au travail : Zéro retient l'âge légal de sa génération en mois " +
      "(née en août 1953 : 61 ans et 2 mois, atteints en octobre 2014 ; CSS art. L161-17-2) ; OpenFisca " +
      "compare l'âge en années entières (61) à un âge légal daté par mois de calcul (61,17 ans)",
    matches: files("54dc7ae5af6bfed9447f9ce7"),
  },
  {
    benefits: ["aspa"],
    label:
      "ASPA : revenu fictif des biens autres que la résidence principale " +
      "(3 % de leur valeur vénale par an, CSS art. R815-25) : non modélisé",
    matches: files("546490a716951c7e7065a5a1"),
  },
  {
    benefits: ["rsa", "ppa", "aah", "aspa"],
    label:
      "AAH : revenus d'activité du trimestre pris nets par OpenFisca, nets " +
      "imposables par Zéro (CSS art. R821-4 et R532-3 : revenus nets catégoriels)",
    matches: file(/^leximpact\/.*ZZZ_aah/),
  },
  {
    benefits: ["cf"],
    label:
      "complément familial outre-mer : OpenFisca retient d'autres plafonds (cas mes-aides " +
      "de 2015) ; Zéro applique les plafonds de la métropole (CSS art. L755-16, D755-6)",
    matches: (o) => o.file.startsWith("mes-aides.gouv.fr/") && failsOn(o, "cf"),
  },
  {
    benefits: ["aah"],
    label: "AAH avant 2011 (abattements par tranches de SMIC horaire) : non modélisée",
    matches: caseOf("formulas/aah/aah.yaml", 28),
  },
  {
    benefits: ["aah"],
    label:
      "AAH : OpenFisca applique à un enfant de la famille le plafond du couple de ses " +
      "parents ; Zéro réserve la majoration de couple aux parents (CSS art. D821-2)",
    matches: caseOf("formulas/aah/aah_famille.yaml", 6, 7),
  },
  {
    benefits: ["rsa", "ppa", "af"],
    label: "plafond de la sécurité sociale proratisé par OpenFisca en février (29/30) ; Zéro applique le plafond mensuel",
    matches: februaryPss,
  },
];

export function knownCause(outcome: CaseOutcome, benefit: Benefit): string | undefined {
  return KNOWN_CAUSES.find((c) => c.benefits.includes(benefit) && c.matches(outcome))?.label;
}
