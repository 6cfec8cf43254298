// Every read of a person and every write carries a purpose, kept in the audit log
// (docs/urgence.md). The screens state the purpose of what the user is doing.
export const PURPOSES = {
  intakeSearch: "accueil 115 : recherche sur la liste nominative",
  intakeRead: "accueil 115 : consultation de la fiche",
  intakeCreate: "accueil 115 : inscription sur la liste nominative",
  consent: "recueil du consentement de la personne",
  request: "accueil 115 : demande d'hébergement",
  maraudeSearch: "maraude : recherche de la personne rencontrée",
  maraudeCreate: "maraude : inscription de la personne rencontrée",
  encounter: "maraude : enregistrement d'une rencontre",
  matching: "orientation de la nuit",
  orientationRead: "orientation de la nuit : identification des personnes",
  decision: "suivi de l'orientation",
  arrival: "accueil dans la structure",
  recordChange: "proposition de modification de la fiche",
  recordChangeReview: "examen des modifications proposées",
} as const;
