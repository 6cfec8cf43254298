// Choices made on the law where Zéro departs from OpenFisca-France on purpose, printed in
// docs/conformance.md (each cites its texts; the cases stay counted as failures).

export const DECISIONS: readonly string[] = [
  "## Choix faits sur le droit",
  "",
  "- **Plafond de la sécurité sociale d'un mois complet (février 2024, 18 cas `ppa`, 1 cas `rsa`).** Zéro applique le plafond " +
    "mensuel entier (3 864 € en 2024) à un salarié présent tout le mois, quelle que soit la longueur du mois. " +
    "Le code de la sécurité sociale (art. R242-2) fixe le plafond selon la périodicité de la paie et ne le réduit " +
    "que lorsque l'emploi ne couvre pas toute la période (entrée ou sortie en cours de mois, absence non rémunérée, " +
    "temps partiel) ; depuis le décret n° 2017-858 du 9 mai 2017 (paies de 2018), ce prorata d'une entrée ou d'une " +
    "sortie se fait en jours calendaires de présence rapportés aux jours du mois, et non plus en trentièmes. Un mois " +
    "de février travaillé en entier n'est pas une période incomplète : les 29/30 appliqués par OpenFisca n'ont pas " +
    "de base dans ces textes. OpenFisca multiplie le plafond de chaque mois par min(jours calendaires, 30) / 30, " +
    "la méthode des trentièmes prévue pour les entrées et sorties en cours de mois avant 2018. (Vérifié sur des " +
    "fiches pratiques publiques qui citent R242-2 et le décret de 2017, exemples en jours réels du mois : 17/31, " +
    "20/28 ; le texte consolidé n'a pas été relu sur Légifrance pour ce rapport.) Le plafond d'un salarié à temps " +
    "partiel est, lui, réduit au prorata de ses heures, comme chez OpenFisca.",
  "- **Règle des deux années pour le taux de CSG des pensions (7 cas `rsa`, 7 cas `ppa`).** Depuis 2019, le taux " +
    "réduit reste dû quand le revenu fiscal de référence de l'avant-dernière année dépasse son seuil mais que celui " +
    "de l'année d'avant (N-3) ne le dépassait pas (CSS art. L136-8, III ; règle rappelée par service-public.fr) : " +
    "un passage au taux médian ou normal suppose deux années de suite au-dessus du seuil. Zéro l'applique. Les cas " +
    "de couples retraités de leximpact ne donnent des pensions qu'à partir de 2022 : leur RFR de 2021 (N-3) est nul, " +
    "d'où le taux réduit en 2024 chez Zéro ; OpenFisca, qui n'applique pas la règle, retient le taux médian ou " +
    "normal. Sans la règle, ces 7 cas `rsa` et 7 cas `ppa` passeraient.",
  "- **Seuil de versement des aides au logement (2 cas `ppa`).** Le montant de l'aide est calculé, minoré de 5 €, " +
    "diminué des contributions sociales, et n'est pas versé quand le résultat est inférieur au seuil de 10 € de l'ALF " +
    "et de l'ALS (les paramètres repris d'OpenFisca n'en donnent plus pour l'APL depuis mars 2018) (CCH " +
    "art. D823-16 ; les articles voisins, tel D842-6, placent ce seuil après la minoration ; quand la minoration de " +
    "5 € est entrée en vigueur en octobre 2017, le seuil a été abaissé de 15 à 10 € pour que les aides de 15 à 20 € " +
    "restent versées). Zéro compare donc le montant minoré au seuil : une aide de 10,38 € avant minoration n'est " +
    "pas versée. OpenFisca verse 5,35 € et retire ce montant de la prime d'activité au titre du forfait logement " +
    "(cas `leximpact/2024/csg_salaire_01_salarie_prive_1_SMIC_d3.yml` et " +
    "`ZZ_salarie_prive_cdd_1SMIC_effectifemployeur_3500.yml`, d'octobre à décembre 2024).",
  "- **Âge légal de la retraite par génération (1 cas `aspa`).** Une personne inapte au travail peut demander " +
    "l'ASPA dès l'âge légal de départ à la retraite (CSS art. L815-1), qui dépend de sa génération (art. L161-17-2 : " +
    "62 ans pour les personnes nées de 1955 à août 1961, puis 62 ans et 3 mois, 62 ans et 6 mois… jusqu'à 64 ans ; " +
    "61 ans et 2 mois pour 1953). Zéro compare l'âge en mois à celui de la génération, pour l'ASPA comme pour la fin " +
    "de l'AAH sous 80 % d'incapacité (art. L821-1) ; OpenFisca compare l'âge en années entières à une valeur datée " +
    "par mois de calcul, la même pour tous (64 ans dès septembre 2023, même pour une personne née en 1960).",
  "- **Le RSA après l'ASPA.** Un foyer dont tous les parents remplissent les conditions de l'ASPA (âge, séjour) " +
    "n'est pas éligible au RSA chez Zéro : il doit d'abord faire valoir ses droits à l'ASPA (CASF art. L262-10), et " +
    "l'ASPA, qui porte ses ressources au plafond du minimum vieillesse, dépasse le montant forfaitaire du RSA d'un " +
    "foyer sans enfant. Pour un foyer avec plusieurs enfants, un RSA différentiel pourrait rester dû : ce cas n'est " +
    "pas modélisé.",
  "- **ASPA dans les ressources du RSA (2 cas `rsa`).** Le RSA retient la moyenne mensuelle des ressources des " +
    "trois mois précédents (CASF art. R262-7) ; Zéro y compte l'ASPA de ces trois mois, à leurs montants (ceux de " +
    "2023 pour un droit de janvier 2024). OpenFisca compte l'ASPA du mois de droit. La prime d'activité, dont la " +
    "base de ressources est mensuelle, est identique dans les deux modèles pour ces cas.",
  "- **Revenu fiscal de référence.** Depuis le 7 décembre 2026, `rfr` est la somme d'OpenFisca (revenu net " +
    "imposable et ses ajouts), calculée par la chaîne de l'impôt sur le revenu (variables/impot_revenu) ; un RFR " +
    "donné pour une année remplace le calcul de cette année.",
  "- **Revenus d'activité retenus pour l'AAH (1 cas `aah`, et par ricochet `rsa`/`ppa`).** Pour le trimestre de " +
    "référence, Zéro retient les salaires nets imposables : l'AAH prend en compte les revenus nets catégoriels " +
    "(CSS art. R821-4, renvoyant à R532-3). OpenFisca retient des salaires nets de CSG et de CRDS ; d'où ~15 € " +
    "d'écart mensuel sur le cas `leximpact/2024/ZZZ_aah.yml`.",
  "- **Plafond de l'AAH d'un enfant de la famille (2 cas `aah`).** La majoration de plafond pour un couple (CSS art. " +
    "D821-2) vaut pour le bénéficiaire qui vit en couple ; Zéro ne l'applique donc qu'aux parents de la famille. " +
    "OpenFisca l'applique aussi à un enfant adulte rattaché à la famille de ses parents.",
  "- **Complément familial outre-mer.** Conditions d'enfants de l'article L755-16 (au moins un enfant de 3 à 5 ans, " +
    "aucun de moins de 3 ans). Plafond : jusqu'en mars 2017, celui de l'allocation de rentrée scolaire, relevé de 30 % " +
    "par enfant à charge et le même pour tous les ménages, sans majoration pour un parent isolé ou un couple biactif " +
    "(L755-16 dans sa rédaction antérieure à l'article 25 de la loi n° 2017-256 du 28 février 2017 : « le plafond de " +
    "ressources est identique à celui retenu pour l'attribution de l'allocation de rentrée scolaire » ; R755-2) ; " +
    "depuis le 1er avril 2017, celui de la métropole, avec ses majorations et le même complément différentiel (décret " +
    "n° 2017-551 du 14 avril 2017, art. 1er et notice ; L755-16 modifié). Les ressources sont celles des prestations " +
    "familiales, abattement de 10 % compris. Les 9 cas mes-aides de 2015, qui attendent le plafond de l'ARS (24 306 € " +
    "pour un enfant, cité par l'un d'eux), passent. Écart avec OpenFisca : après mars 2017, OpenFisca garde le plafond " +
    "de l'ARS (aucun cas de référence n'en dépend). Avant 2017, le complément différentiel est appliqué outre-mer comme " +
    "chez OpenFisca, sans texte relu qui le prévoie. À Mayotte, le complément n'est pas versé (comme chez OpenFisca) ; " +
    "son extension à Mayotte au 1er janvier 2018 (décret n° 2017-1788) n'est pas modélisée. Non-cumul (L532-2, I) : ni " +
    "avec l'allocation de base, ni avec le CLCA, le COLCA ou la PreParE (OpenFisca ne regarde pas le COLCA). (Textes " +
    "lus : L755-16 en vigueur au 17 juillet 1986 et dans sa version actuelle, R755-1 et R755-2 en vigueur en 2000, R755-4 actuel, la " +
    "notice du décret de 2017 ; pas la version consolidée de L755-16 au jour de l'entrée en vigueur de la loi de 2017.)",
  "- **PAJE : enfant à naître, naissances multiples.** L'allocation de base est due à partir du mois qui suit la " +
    "naissance (CSS art. L531-3) : Zéro ne la verse pas pour un enfant à naître, quand OpenFisca la verse dans " +
    "certains cas de `paje_2018*.yaml` (variable `paje`, non comptée ici). Une seule allocation par famille : les " +
    "allocations supplémentaires pour naissances multiples ne sont pas modélisées (comme OpenFisca).",
  "- **Prime à la naissance : le mois de versement (6 cas `paje`).** De 2015 à avril 2021, l'article D531-2 (II) " +
    "dit la prime « due et versée » le deuxième mois civil qui suit la naissance ; avant 2015 et depuis 2021, au " +
    "septième mois de grossesse. Zéro la verse à ces dates ; OpenFisca la verse toujours avant la naissance " +
    "(`paje_2018_04.yaml`, `paje_2018.yaml`). À la date d'OpenFisca, la ligne `paje` passerait de 54 à 57 cas sur 60.",
  "- **Prime à l'adoption.** Versée une fois, le mois qui suit l'arrivée de l'enfant ; OpenFisca " +
    "la verse chacun des mois d'une fenêtre de trois mois. Avant 2017, `paje` la compte (OpenFisca non).",
  "- **Complément de libre choix du mode de garde.** Plafonds majorés de 40 % pour un parent isolé (" +
    "OpenFisca a le paramètre mais ne l'applique pas) ; pour un couple d'étudiants, les deux doivent l'être ; la " +
    "condition d'activité est « aucun parent n'a cessé de travailler ». Le CLCA dépend de l'allocation de base " +
    "perçue (le test d'OpenFisca est toujours vrai) et vaut 0 quand le COLCA est choisi ; le COLCA suppose l'arrêt " +
    "de l'activité. La réforme du CMG de septembre 2025 (calcul horaire) n'est pas modélisée.",
  "- **AEEH, compléments (1 cas `aeeh`).** Zéro verse le complément de la catégorie reconnue et, pour un parent " +
    "isolé, sa majoration (CSS art. D541-2 et D541-3) ; pour les catégories 2 à 5, OpenFisca verse celui de la " +
    "catégorie inférieure (0,92 attendu pour la catégorie 4).",
  "- **Allocation de rentrée scolaire.** Ouvre droit l'enfant qui a 6 ans avant le 1er février de l'année suivante " +
    "et moins de 18 ans au 15 septembre, la tranche d'âge lue au 31 décembre (CSS art. R543-2) — OpenFisca lit les " +
    "âges au 1er décembre ; l'allocation différentielle compare le plafond augmenté des montants du 1er janvier " +
    "aux ressources (R543-6-1) — OpenFisca prend les montants de l'automne ; la majoration exceptionnelle de 2020 " +
    "est comptée. Aucun cas de référence ne vérifie l'ARS : ses cas sont ceux de Zéro (tests/ars).",
  "- **Complémentaire santé solidaire, âge de la participation.** L'arrêté du 21 juin 2019 retient l'âge au 1er " +
    "janvier de l'année d'attribution ; Zéro garde, comme OpenFisca, l'âge du mois (à revoir). La bourse d'un " +
    "étudiant compte pour le mois même, comme chez OpenFisca.",
  "- **Aide au logement d'un locataire sans loyer.** Zéro ne verse rien à un locataire qui ne déclare pas de loyer ; " +
    "OpenFisca verse environ 15 € (les charges moins la participation minimale). Aucun cas de référence n'en dépend.",
  "- **ASS : revenus du capital sur douze mois.** Zéro compte les revenus du capital des douze mois précédents " +
    "(code du travail, art. R5423-2) ; OpenFisca lit ceux du mois. Aucun cas de référence n'en dépend. L'ASI du mois " +
    "précédent n'est pas déduite de l'AAH (OpenFisca le fait, au prix d'une chaîne qui remonte chaque mois à 2007).",
  "- **Prime pour l'emploi à temps partiel (2006-2015).** Zéro applique les taux de majoration des paramètres " +
    "(0,85 et 0,15 depuis 2006) ; OpenFisca garde dans sa formule les valeurs de 2002 à 2005 (1,45, et 0,55 c + 0,45).",
  "- **Crédit `drbail` avant 2013.** L'ancienne liste des crédits d'OpenFisca le compte deux fois ; Zéro une fois.",
  "- **Statut marital non renseigné.** Deux déclarants d'un foyer fiscal sans statut donné sont pris pour pacsés, comme " +
    "le fait OpenFisca : une convention de calcul, pas une présomption de la loi.",
  "",
];
