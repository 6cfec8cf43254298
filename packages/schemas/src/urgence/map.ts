import { Type, type Static } from "@sinclair/typebox";
import { FilterInstant, Nullable, Purpose, Uuid } from "./common.ts";

// The network map (GET /api/urgence/map) and the teams' sectors (/api/urgence/sectors).
// The map never carries a person's name or id: an encounter is a point with its day,
// living situation and team only.

const Position = Type.Array(Type.Number(), { minItems: 2, maxItems: 2, description: "[longitude, latitude]" });
const Ring = Type.Array(Position, { minItems: 4, maxItems: 2000, description: "Anneau fermé : le premier point est répété à la fin" });
export const SectorGeometry = Type.Union([
  Type.Object(
    { type: Type.Literal("Polygon"), coordinates: Type.Array(Ring, { minItems: 1, maxItems: 20 }) },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      type: Type.Literal("MultiPolygon"),
      coordinates: Type.Array(Type.Array(Ring, { minItems: 1, maxItems: 20 }), { minItems: 1, maxItems: 50 }),
    },
    { additionalProperties: false },
  ),
]);
export type SectorGeometry = Static<typeof SectorGeometry>;

const Arrondissements = Type.Array(Type.String({ pattern: "^\\d{5}$", description: "Code postal, ex. 13001" }), {
  maxItems: 50,
  uniqueItems: true,
});

export const SectorBody = Type.Object(
  {
    networkId: Uuid,
    organisationId: Uuid,
    name: Type.String({ minLength: 1, maxLength: 80 }),
    geometry: Type.Optional(Nullable(SectorGeometry)),
    arrondissements: Type.Optional(Arrondissements),
    purpose: Purpose,
  },
  { additionalProperties: false },
);
export type SectorBody = Static<typeof SectorBody>;

export const UpdateSectorBody = Type.Object(
  {
    organisationId: Type.Optional(Uuid),
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 80 })),
    geometry: Type.Optional(Nullable(SectorGeometry)),
    arrondissements: Type.Optional(Arrondissements),
    purpose: Purpose,
  },
  { additionalProperties: false },
);
export type UpdateSectorBody = Static<typeof UpdateSectorBody>;

export const SectorView = Type.Object({
  id: Type.String(),
  networkId: Type.String(),
  organisationId: Type.String(),
  name: Type.String(),
  geometry: Nullable(SectorGeometry),
  arrondissements: Type.Array(Type.String()),
  updatedAt: Type.String(),
});
export type SectorView = Static<typeof SectorView>;

export const MapQuery = Type.Object(
  {
    networkId: Uuid,
    from: Type.Optional(FilterInstant("Rencontres depuis (défaut : 90 jours)")),
    to: Type.Optional(FilterInstant("Rencontres jusqu'à (exclu ; défaut : maintenant)")),
    sectorId: Type.Optional(Type.String({ format: "uuid", description: "Seulement les rencontres de ce secteur" })),
    purpose: Type.Optional(Purpose),
  },
  { additionalProperties: false },
);
export type MapQuery = Static<typeof MapQuery>;

const PointGeometry = Type.Object({ type: Type.Literal("Point"), coordinates: Position });
export const MapFeature = Type.Object({
  type: Type.Literal("Feature"),
  geometry: Nullable(Type.Union([PointGeometry, SectorGeometry])),
  properties: Type.Object({
    kind: Type.Union([Type.Literal("encounter"), Type.Literal("structure"), Type.Literal("sector")]),
    /** encounter: the day (no time), living situation, team (organisation), sector if any. */
    date: Type.Optional(Type.String()),
    livingSituation: Type.Optional(Type.String()),
    organisationId: Type.Optional(Type.String()),
    sectorId: Type.Optional(Nullable(Type.String())),
    /** structure and sector */
    id: Type.Optional(Type.String()),
    name: Type.Optional(Type.String()),
    /** structure */
    structureKind: Type.Optional(Type.String()),
    postcode: Type.Optional(Type.String()),
    declared: Type.Optional(Type.Boolean()),
    freeUnits: Type.Optional(Type.Integer()),
    capacityUnits: Type.Optional(Type.Integer()),
    saturation: Type.Optional(Nullable(Type.Number())),
  }),
});
export type MapFeature = Static<typeof MapFeature>;

export const NetworkMap = Type.Object({
  type: Type.Literal("FeatureCollection"),
  features: Type.Array(MapFeature),
  meta: Type.Object({
    networkId: Type.String(),
    date: Type.String({ description: "Jour des places libres (ce soir)" }),
    from: Type.String(),
    to: Type.String(),
    encounters: Type.Union([Type.Literal("network"), Type.Literal("team"), Type.Literal("none")], {
      description: "network : coordination du SIAO ; team : les rencontres de ses équipes ; none : structures et secteurs seulement",
    }),
    encounterCount: Type.Integer(),
    truncated: Type.Boolean({ description: "Vrai si des rencontres ont été laissées de côté (limite)" }),
  }),
});
export type NetworkMap = Static<typeof NetworkMap>;

export const NetworkMemberParams = Type.Object({ networkId: Uuid, organisationId: Uuid });
export type NetworkMemberParams = Static<typeof NetworkMemberParams>;
export const NetworkMemberBody = Type.Object(
  {
    purpose: Purpose,
    roles: Type.Optional(
      Type.Array(Type.Union(["operator_115", "maraude", "structure_staff"].map((r) => Type.Literal(r))), {
        maxItems: 3,
        uniqueItems: true,
        description: "Rôles sur la liste nominative que le réseau admet pour ce membre (remplace la liste ; absent : inchangée)",
      }),
    ),
  },
  { additionalProperties: false },
);
export type NetworkMemberBody = Static<typeof NetworkMemberBody>;
