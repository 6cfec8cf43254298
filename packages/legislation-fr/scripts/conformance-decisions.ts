// Choices made on the law where Zéro departs from OpenFisca-France on purpose, printed in
// docs/conformance.md (each cites its texts; the cases stay counted as failures).

export const DECISIONS: readonly string[] = [
  "## Choix faits sur le droit",
  "",
  "- **Plafond de la sécurité sociale d'un mois complet (février 2024, 16 cas `ppa`).** Zéro applique le plafond " +
    "mensuel entier (3 864 € en 2024) à un salarié présent tout le mois, quelle que soit la longueur du mois. " +
    "Le code de la sécurité sociale (art. R242-2) fixe le plafond selon la périodicité de la paie et ne le réduit " +
    "que lorsque l'emploi ne couvre pas toute la période (entrée ou sortie en cours de mois, absence non rémunérée, " +
    "temps partiel) ; depuis le décret n° 2017-858 du 9 mai 2017 (paies de 2018), ce prorata d'une entrée ou d'une " +
    "sortie se fait en jours calendaires de présence rapportés aux jours du mois, et non plus en trentièmes. Un mois " +
    "de février travaillé en entier n'est pas une période incomplète : les 29/30 appliqués par OpenFisca n'ont pas " +
    "de base dans ces textes. (Vérifié sur des fiches pratiques publiques qui citent R242-2 et le décret de 2017 ; " +
    "le texte consolidé n'a pas été relu sur Légifrance pour ce rapport.)",
  "- **Règle des deux années pour le taux de CSG des pensions (7 cas `rsa`, 7 cas `ppa`).** Depuis 2019, le taux " +
    "réduit reste dû quand le revenu fiscal de référence de l'avant-dernière année dépasse son seuil mais que celui " +
    "de l'année d'avant (N-3) ne le dépassait pas (CSS art. L136-8, III ; règle rappelée par service-public.fr) : " +
    "un passage au taux médian ou normal suppose deux années de suite au-dessus du seuil. Zéro l'applique. Les cas " +
    "de couples retraités de leximpact ne donnent des pensions qu'à partir de 2022 : leur RFR de 2021 (N-3) est nul, " +
    "d'où le taux réduit en 2024 chez Zéro ; OpenFisca, qui n'applique pas la règle, retient le taux médian ou " +
    "normal. Sans la règle, 7 cas `rsa` et 7 cas `ppa` de plus passeraient (mesuré : RSA 256 / 301, prime " +
    "d'activité 111 / 152).",
  "- **Revenu fiscal de référence simplifié.** Pour le taux de CSG des revenus de remplacement, `rfr` est calculé " +
    "(quand il n'est pas donné) à partir des salaires imposables, des allocations chômage et des pensions brutes " +
    "moins la CSG déductible de leur année, avec la déduction de 10 %, l'abattement de 10 % sur les pensions et " +
    "l'abattement des plus de 65 ans ; les autres revenus et charges ne sont pas modélisés. La chaîne remonte " +
    "d'année en année (le taux d'une année dépend du RFR de N-2 et N-3) jusqu'à 2012, en une passe (voir " +
    "`ENGINE-NEEDS.md`). Seuils de métropole seulement ; avant 2015, régime « non renseigné » (aucune CSG).",
  "",
];
