// French wording of the audit log's codes (apps/api/src/modules/audit/service.ts).
// Unknown codes are shown raw rather than hidden.

const ACTION_LABELS: Record<string, string> = {
  read: "Consultation",
  create: "Création",
  update: "Modification",
  delete: "Suppression",
  export: "Export",
  login: "Connexion",
  login_failed: "Échec de connexion",
  logout: "Déconnexion",
  login_locked: "Compte bloqué",
  refused: "Refus",
  member_disabled: "Membre désactivé",
  member_enabled: "Membre réactivé",
};

/** The resource types the API records today; the filter offers these. */
export const RESOURCE_TYPE_LABELS: Record<string, string> = {
  organisation_members: "Membres de l'organisation",
  membership: "Membre",
  user: "Compte utilisateur",
  session: "Session",
  audit_log: "Journal d'audit",
};

const OUTCOME_LABELS: Record<string, { label: string; severity: "success" | "warning" | "error" }> = {
  success: { label: "Succès", severity: "success" },
  denied: { label: "Refusé", severity: "warning" },
  failure: { label: "Échec", severity: "error" },
};

export const actionLabel = (action: string): string => ACTION_LABELS[action] ?? action;
export const resourceTypeLabel = (type: string): string => RESOURCE_TYPE_LABELS[type] ?? type;
export const outcomeLabel = (outcome: string) => OUTCOME_LABELS[outcome] ?? { label: outcome, severity: undefined };
