import { Type, type Static } from "@sinclair/typebox";
import { NightDay, Nullable, PastDay, Purpose, Uuid, literals } from "./common.ts";

export const PRIORITY_CRITERIA = [
  "with_young_children",
  "with_children",
  "pregnancy",
  "medical_care",
  "reduced_mobility",
  "woman_alone",
  "young_adult",
  "aged_60_plus",
] as const;

export const PrioritySettings = Type.Object(
  {
    criteria: Type.Array(
      Type.Object(
        { code: literals(PRIORITY_CRITERIA), points: Type.Integer({ minimum: 0, maximum: 100 }) },
        { additionalProperties: false },
      ),
      { maxItems: 20 },
    ),
    pointsPerWaitingNight: Type.Number({ minimum: 0, maximum: 100 }),
    maxWaitingPoints: Type.Integer({ minimum: 0, maximum: 1000 }),
  },
  { additionalProperties: false },
);
export type PrioritySettings = Static<typeof PrioritySettings>;

export const UrgenceSettings = Type.Object(
  {
    inactivityDays: Type.Integer({ minimum: 7, maximum: 730 }),
    priority: PrioritySettings,
  },
  { additionalProperties: false },
);
export type UrgenceSettings = Static<typeof UrgenceSettings>;
export const UrgenceSettingsBody = Type.Object(
  { inactivityDays: Type.Integer({ minimum: 7, maximum: 730 }), priority: PrioritySettings, purpose: Purpose },
  { additionalProperties: false },
);
export type UrgenceSettingsBody = Static<typeof UrgenceSettingsBody>;

export const NetworkView = Type.Object({
  siaoOrganisationId: Type.String(),
  name: Type.String(),
  members: Type.Array(
    Type.Object({
      organisationId: Type.String(),
      name: Type.String(),
      kind: Type.String(),
      admittedRoles: Type.Optional(
        Type.Array(Type.String(), { description: "Rôles sur la liste nominative admis par le réseau (vue du SIAO)" }),
      ),
    }),
  ),
});
export const NetworkList = Type.Object({ networks: Type.Array(NetworkView) });
export type NetworkList = Static<typeof NetworkList>;

export const MatchingBody = Type.Object(
  {
    networkId: Uuid,
    date: Type.Optional(NightDay()),
    dryRun: Type.Optional(Type.Boolean({ description: "Calculer sans enregistrer les propositions" })),
    purpose: Purpose,
  },
  { additionalProperties: false },
);
export type MatchingBody = Static<typeof MatchingBody>;

export const MatchingItem = Type.Object({
  requestId: Type.String(),
  personId: Type.String(),
  priority: Type.Number(),
  priorityDetail: Type.Array(Type.Object({ label: Type.String(), points: Type.Number() })),
  proposal: Nullable(
    Type.Object({
      structureId: Type.String(),
      structureName: Type.String(),
      lineKey: Type.String(),
      public: Type.String(),
      unitCapacity: Type.Integer(),
    }),
  ),
  reason: Type.String({ description: "Pourquoi cette proposition, ou pourquoi aucune (français)" }),
});
export const MatchingResult = Type.Object({
  date: Type.String(),
  dryRun: Type.Boolean(),
  items: Type.Array(MatchingItem),
  stats: Type.Object({
    requests: Type.Integer(),
    proposed: Type.Integer(),
    unmet: Type.Integer(),
    freeUnits: Type.Integer(),
    elapsedMs: Type.Number(),
  }),
});
export type MatchingResult = Static<typeof MatchingResult>;

export const COHORTS = ["all", "families", "single_adults", "young", "women"] as const;
export const DashboardQuery = Type.Object(
  {
    networkId: Uuid,
    months: Type.Optional(Type.Integer({ minimum: 1, maximum: 36, default: 12 })),
    today: Type.Optional(PastDay()),
  },
  { additionalProperties: false },
);
export type DashboardQuery = Static<typeof DashboardQuery>;

/** A count; null when it is from 1 to 4 and the reader sees aggregates only (secret statistique). */
const Count = (description?: string) =>
  Nullable(Type.Integer({ description: `${description ? `${description} ; ` : ""}null : de 1 à 4, masqué en lecture seule` }));

export const DashboardRow = Type.Object({
  month: Type.String(),
  cohort: literals(COHORTS),
  activelyHomeless: Count(),
  inflowNewlyIdentified: Count(),
  inflowReturnedFromHousing: Count(),
  inflowReturnedFromInactive: Count(),
  inflowOther: Count("Retours d'institution et autres retours à la rue"),
  outflowHoused: Count(),
  outflowMovedToInactive: Count(),
  outflowOther: Count(),
  inflow: Count("Entrées du mois (somme des quatre entrées)"),
  outflow: Count("Sorties du mois (somme des trois sorties)"),
  netFlow: Count(),
  unmetRequestsPerNight: Nullable(Type.Number()),
  medianDaysToShelter: Nullable(Type.Number()),
  arrivals: Count("Demandes arrivées dans une structure (statut « arrived ») ce mois-là"),
});
export type DashboardRow = Static<typeof DashboardRow>;

export const Dashboard = Type.Object({
  networkId: Type.String(),
  generatedAt: Type.String(),
  rows: Type.Array(DashboardRow),
  projections: Type.Array(
    Type.Object({
      cohort: Type.String(),
      activelyHomeless: Count(),
      netFlowPerMonth: Type.Number(),
      monthsToZero: Nullable(Type.Number()),
      projectedMonth: Nullable(Type.String()),
      explanation: Type.String(),
    }),
  ),
  suppressedBelow: Nullable(Type.Integer({ description: "Seuil sous lequel les effectifs sont masqués (lecture seule), sinon null" })),
  dataQuality: Type.Object({
    score: Type.Number(),
    keyFieldsShare: Type.Number(),
    teamsReportingShare: Type.Number(),
    teamsReporting: Type.Integer(),
    teams: Type.Integer(),
  }),
});
export type Dashboard = Static<typeof Dashboard>;
