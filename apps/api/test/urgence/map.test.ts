import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Session, TestApp } from "../helpers/test-app.ts";
import { purpose, type Who, urgenceWorld, type UrgenceWorld } from "./helpers.ts";

type Feature = { type: string; geometry: { type: string; coordinates: unknown } | null; properties: Record<string, unknown> };
type MapBody = { type: string; features: Feature[]; meta: { encounters: string; encounterCount: number; truncated: boolean } };
const PERSONAL = ["personId", "alias", "firstName", "lastName", "first_name", "last_name", "person_id", "notes", "address", "birthYear"];
const square = (w: number, s: number, e: number, n: number) => ({
  type: "Polygon",
  coordinates: [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ],
});

describe("urgence: the network map and the teams' sectors", () => {
  let t: TestApp;
  let s: Record<Who, Session>;
  let api: UrgenceWorld["api"];
  let network: string;
  const map = async (who: Who, query = "") => {
    const res = await api.get(`/api/urgence/map?networkId=${network}${query}`, s[who]);
    expect(res.statusCode).toBe(200);
    return res.json() as MapBody;
  };
  const of = (body: MapBody, kind: string) => body.features.filter((f) => f.properties.kind === kind);
  beforeAll(async () => {
    ({ t, s, api, network } = await urgenceWorld());
  });
  afterAll(() => t.close());

  it("refuses without a session (401) and hides another network (404)", async () => {
    expect((await api.get(`/api/urgence/map?networkId=${network}`)).statusCode).toBe(401);
    const other = await api.get(`/api/urgence/map?networkId=${network}`, s.coordinator84);
    expect(other.statusCode).toBe(404);
    expect(other.json().error.code).toBe("NOT_FOUND");
    expect((await api.get(`/api/urgence/map?networkId=${network}`, s.ventoux)).statusCode).toBe(404);
    expect((await api.get(`/api/urgence/sectors?networkId=${network}`, s.coordinator84)).statusCode).toBe(404);
  });

  it("gives the SIAO coordinator every team's encounters, as points without any person", async () => {
    const body = await map("coordinator");
    expect(body.type).toBe("FeatureCollection");
    expect(body.meta.encounters).toBe("network");
    const encounters = of(body, "encounter");
    expect(encounters.length).toBeGreaterThan(50);
    expect(new Set(encounters.map((e) => e.properties.organisationId)).size).toBeGreaterThanOrEqual(3);
    for (const e of encounters) {
      expect(Object.keys(e.properties).sort()).toEqual(["date", "kind", "livingSituation", "organisationId", "sectorId"]);
      expect(e.properties.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(e.geometry?.type).toBe("Point");
    }
    const structures = of(body, "structure");
    expect(structures).toHaveLength(12);
    expect(structures[0]!.properties).toHaveProperty("freeUnits");
    expect(of(body, "sector").map((f) => f.properties.name)).toEqual(expect.arrayContaining(["Gare et Belsunce", "Littoral sud"]));
    const entry = await t.database.db
      .selectFrom("audit_log")
      .selectAll()
      .where("resource_type", "=", "urgence_map")
      .where("actor_user_id", "=", s.coordinator.userId)
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ action: "read", resource_id: null, organisation_id: network });
  });

  it("gives a maraude its own team's encounters only, and the viewer no encounter at all", async () => {
    const phare = await map("phare");
    expect(phare.meta.encounters).toBe("team");
    expect(of(phare, "encounter").length).toBeGreaterThan(0);
    expect(of(phare, "encounter").every((e) => e.properties.organisationId === s.phare.organisationId)).toBe(true);
    expect(of(phare, "structure")).toHaveLength(12);

    for (const who of ["viewer", "abri"] as const) {
      const body = await map(who);
      expect(body.meta.encounters).toBe("none");
      expect(of(body, "encounter")).toEqual([]);
      expect(of(body, "structure")).toHaveLength(12);
      const text = JSON.stringify(body);
      for (const key of PERSONAL) expect(text).not.toContain(`"${key}"`);
    }
  });

  it("lets coordinators manage sectors, and filters the map's encounters by sector", async () => {
    const body = {
      networkId: network,
      organisationId: s.phare.organisationId,
      name: "Porte d'Aix",
      geometry: square(5.37, 43.302, 5.377, 43.307),
      arrondissements: ["13003"],
      purpose,
    };
    expect((await api.post("/api/urgence/sectors", s.phare, body)).statusCode).toBe(403);
    expect((await api.post("/api/urgence/sectors", s.coordinator84, body)).statusCode).toBe(404);
    expect(
      (
        await api.post("/api/urgence/sectors", s.coordinator, {
          ...body,
          geometry: {
            type: "Polygon",
            coordinates: [
              [
                [5, 43],
                [6, 43],
                [6, 44],
                [5, 44],
              ],
            ],
          },
        })
      ).json().error.code,
    ).toBe("URGENCE_SECTOR_INVALID");
    expect(
      (await api.post("/api/urgence/sectors", s.coordinator, { ...body, organisationId: s.ventoux.organisationId })).json().error.code,
    ).toBe("URGENCE_NOT_IN_NETWORK");
    expect((await api.post("/api/urgence/sectors", s.coordinator, { ...body, name: "Littoral sud" })).json().error.code).toBe(
      "URGENCE_SECTOR_NAME_TAKEN",
    );
    const created = await api.post("/api/urgence/sectors", s.coordinator, body);
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    expect(created.json()).toMatchObject({ name: "Porte d'Aix", arrondissements: ["13003"], geometry: body.geometry });

    const listed = await api.get(`/api/urgence/sectors?networkId=${network}`, s.viewer);
    expect(listed.statusCode).toBe(200);
    expect(listed.json().map((x: { name: string }) => x.name)).toContain("Porte d'Aix");

    const gare = (listed.json() as { id: string; name: string }[]).find((x) => x.name === "Gare et Belsunce")!;
    const all = await map("coordinator");
    const inGare = await map("coordinator", `&sectorId=${gare.id}`);
    expect(inGare.meta.encounterCount).toBeGreaterThan(0);
    expect(inGare.meta.encounterCount).toBeLessThan(all.meta.encounterCount);
    expect(of(inGare, "encounter").every((e) => e.properties.sectorId === gare.id)).toBe(true);
    expect(
      (await api.get(`/api/urgence/map?networkId=${network}&sectorId=0190a000-0000-7000-8000-000000000000`, s.coordinator)).statusCode,
    ).toBe(404);

    const renamed = await api.patch(`/api/urgence/sectors/${id}`, s.coordinator, {
      name: "Porte d'Aix et Joliette",
      geometry: null,
      purpose,
    });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ name: "Porte d'Aix et Joliette", geometry: null, arrondissements: ["13003"] });
    expect((await api.patch(`/api/urgence/sectors/${id}`, s.viewer, { name: "x", purpose })).statusCode).toBe(403);
    expect((await api.del(`/api/urgence/sectors/${id}`, s.coordinator, { purpose })).statusCode).toBe(204);
    expect((await api.del(`/api/urgence/sectors/${id}`, s.coordinator, { purpose })).statusCode).toBe(404);
    const audit = await t.database.db.selectFrom("audit_log").select("action").where("resource_id", "=", id).execute();
    // The viewer's 403 and the second delete's 404 are refusals, audited too.
    expect(audit.map((a) => a.action)).toEqual(["create", "update", "refused", "delete", "refused"]);
  });
});
