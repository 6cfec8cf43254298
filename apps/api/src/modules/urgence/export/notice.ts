import type { PersonExport } from "@zero/schemas";

// The information that article 15 of the RGPD gives with the data itself (purposes,
// recipients, retention, rights, complaint, source, automated decisions), in French.
// The periods are the server's own (RETENTION_*, docs/decisions/0016-retention-periods.md).

export interface RetentionPeriods {
  urgencePeopleMonths: number;
  auditDays: number;
  proposalsDays: number;
}

/** One sentence from pieces, joined by spaces (the source keeps its lines short). */
const say = (...parts: string[]) => parts.join(" ");

export function exportInformation(ownerName: string | null, periods: RetentionPeriods): PersonExport["information"] {
  const owner = ownerName ?? "l'organisation qui vous a inscrit·e";
  return {
    controller: say(
      `Responsable du traitement : ${owner}, qui vous a inscrit·e sur la liste nominative, avec le SIAO`,
      "(service intégré d'accueil et d'orientation) qui coordonne le réseau de l'urgence sociale du territoire.",
    ),
    purposes: [
      "Vous orienter vers une place d'hébergement d'urgence ou d'insertion adaptée à votre situation.",
      "Assurer votre suivi par les équipes (maraudes, 115, accueils de jour) qui vous rencontrent.",
      "Produire des statistiques anonymes sur le sans-abrisme du territoire (aucune personne n'y est nommée).",
    ],
    legalBasis: say(
      "Votre consentement pour le partage de votre fiche avec d'autres organisations, et la mission",
      "d'intérêt public de l'urgence sociale (code de l'action sociale et des familles, articles L345-2",
      "et suivants) pour l'inscription et l'orientation.",
    ),
    recipients: say(
      "Votre fiche est vue par l'organisation qui vous a inscrit·e, par la coordination du SIAO, par les",
      "organisations que votre consentement désigne et, pendant une orientation, par la structure",
      "d'hébergement proposée. Le « journal des accès » ci-dessus nomme chaque organisation qui a consulté",
      "ou modifié votre fiche, quand et pourquoi.",
    ),
    retention: [
      say(
        "Tant que vous êtes sur la liste active, votre fiche est conservée ; sans contact pendant le délai",
        "d'inactivité du réseau, elle devient inactive.",
      ),
      say(
        `Une fiche qui n'est plus active est effacée ${periods.urgencePeopleMonths} mois après le dernier contact,`,
        "avec tout ce qui s'y rattache (rencontres, demandes, consentements).",
      ),
      say("Les propositions de modification de votre fiche sont supprimées", `${periods.proposalsDays} jours après leur décision.`),
      `Le journal des accès est conservé ${periods.auditDays} jours.`,
    ],
    rights: [
      "Droit d'accès : ce document (RGPD, article 15).",
      say(
        "Droit de rectification : demandez à l'organisation qui vous a inscrit·e",
        "de corriger une information",
        "inexacte (article 16).",
      ),
      say(
        "Droit à l'effacement : vous pouvez demander l'effacement de votre fiche ; il supprime la fiche et",
        "tout ce qui s'y rattache (article 17).",
      ),
      say(
        "Droit de retirer votre consentement à tout moment : le partage avec les organisations qu'il",
        "désignait cesse aussitôt (article 7).",
      ),
      "Droit à la limitation et droit d'opposition (articles 18 et 21).",
      say(
        "Orientation : une place est proposée par un calcul dont chaque raison est écrite, lancé par un",
        "opérateur du 115 qui confirme ou modifie chaque proposition ; vous pouvez la refuser (article 22).",
      ),
      `Pour exercer ces droits, adressez-vous à ${owner} ou au SIAO de votre territoire.`,
    ],
    complaint: say(
      "Vous pouvez adresser une réclamation à la CNIL (Commission nationale de l'informatique et des",
      "libertés), 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, ou sur www.cnil.fr/plaintes.",
    ),
    source: say(
      "Ces informations ont été recueillies auprès de vous par les équipes qui vous ont rencontré·e, ou",
      "auprès des organisations du réseau qui vous ont accompagné·e.",
    ),
  };
}
