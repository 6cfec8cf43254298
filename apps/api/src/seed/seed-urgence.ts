import { nowIso, uuidv7, type Database } from "@zero/db";
import type { Kysely } from "kysely";
import { lineKey } from "../modules/urgence/structures/repository.ts";
import { DEMO_SECTORS, NETWORK_13_EXISTING, URGENCE_ORGANISATIONS, URGENCE_STRUCTURES, URGENCE_USERS } from "./urgence-data.ts";
import { generateUrgence, mulberry32 } from "./urgence-generate.ts";

const PEOPLE = 320;

async function insertMany<K extends keyof Database & string>(db: Kysely<Database>, table: K, rows: readonly object[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 400) {
    // Rows of any of the seeded tables: Kysely cannot type a table chosen at run time.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const batch = rows.slice(i, i + 400) as any;
    await db.insertInto(table).values(batch).execute();
  }
}

/**
 * The fictional Marseille of Urgence sociale: teams, structures, a year of by-name list
 * activity, today's and tomorrow's free places. Runs once (when no network exists yet).
 * `organisations` maps the keys of demo-data.ts to their ids.
 */
export async function seedUrgence(
  db: Kysely<Database>,
  organisations: Map<string, string>,
  passwordHash: string,
  today = new Date().toISOString().slice(0, 10),
): Promise<{ created: boolean }> {
  const any = await db.selectFrom("urgence_network_members").select("organisation_id").limit(1).executeTakeFirst();
  if (any || !organisations.has("siao")) return { created: false };
  const now = nowIso();
  const orgs = new Map(organisations);
  for (const o of URGENCE_ORGANISATIONS) orgs.set(o.key, uuidv7());
  const users = new Map<string, string>();
  const org = (key: string) => orgs.get(key)!;
  for (const [key, id] of organisations) {
    const member = await db
      .selectFrom("memberships")
      .select("user_id")
      .where("organisation_id", "=", id)
      .orderBy("user_id")
      .limit(1)
      .executeTakeFirst();
    if (member) users.set(key, member.user_id);
  }

  await db.transaction().execute(async (trx) => {
    await insertMany(
      trx,
      "organisations",
      URGENCE_ORGANISATIONS.map((o) => ({ id: org(o.key), name: o.name, kind: o.kind, created_at: now })),
    );
    const userRows = URGENCE_USERS.map((u) => {
      const id = uuidv7();
      if (!users.has(u.organisation) || u.role !== "viewer") users.set(u.organisation, id);
      return { id, email: u.email, display_name: u.displayName, password_hash: passwordHash, created_at: now, disabled_at: null };
    });
    await insertMany(trx, "users", userRows);
    await insertMany(
      trx,
      "memberships",
      URGENCE_USERS.map((u, i) => ({ user_id: userRows[i]!.id, organisation_id: org(u.organisation), role: u.role, created_at: now })),
    );
    const members = [
      ...NETWORK_13_EXISTING.map((key) => ({ organisation_id: org(key), siao_organisation_id: org("siao"), created_at: now })),
      ...URGENCE_ORGANISATIONS.map((o) => ({ organisation_id: org(o.key), siao_organisation_id: org(o.network), created_at: now })),
    ];
    await insertMany(trx, "urgence_network_members", members);
    // The network admits the roles on people's records that its demo teams hold (SIAOs hold all of theirs).
    const admitted = new Map<string, { organisation_id: string; role: string; siao_organisation_id: string }>();
    for (const u of URGENCE_USERS) {
      const o = URGENCE_ORGANISATIONS.find((x) => x.key === u.organisation);
      if (!o || o.kind === "siao" || u.role === "viewer") continue;
      admitted.set(`${o.key}|${u.role}`, { organisation_id: org(o.key), role: u.role, siao_organisation_id: org(o.network) });
    }
    await insertMany(
      trx,
      "urgence_role_admissions",
      [...admitted.values()].map((a) => ({ ...a, admitted_by_user_id: null, admitted_at: now })),
    );
    await insertMany(
      trx,
      "urgence_sectors",
      DEMO_SECTORS.map((s) => ({
        id: uuidv7(),
        siao_organisation_id: org("siao"),
        organisation_id: org(s.organisation),
        name: s.name,
        geometry_json: s.geometry ? JSON.stringify(s.geometry) : null,
        arrondissements: JSON.stringify(s.arrondissements),
        created_at: now,
        updated_at: now,
        updated_by_user_id: null,
      })),
    );

    const structures = URGENCE_STRUCTURES.map((s, index) => ({ id: uuidv7(), index, s }));
    await insertMany(
      trx,
      "urgence_structures",
      structures.map(({ id, s }) => ({
        id,
        organisation_id: org(s.organisation),
        name: s.name,
        kind: s.kind,
        address: s.address,
        postcode: s.postcode,
        latitude: s.lat,
        longitude: s.lon,
        created_at: now,
        updated_at: now,
        capacity_json: JSON.stringify(s.capacity.map((c) => ({ ...c, features: c.features ?? [] }))),
      })),
    );
    // Free places for tonight and tomorrow, declared by each structure's staff.
    const rand = mulberry32(7);
    const staff = (key: string) => users.get(key) ?? users.get("siao")!;
    const availability = structures.flatMap(({ id, s }) =>
      [today, new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)].flatMap((date) =>
        s.capacity.map((c) => ({
          id: uuidv7(),
          structure_id: id,
          organisation_id: org(s.organisation),
          for_date: date,
          line_key: lineKey({ public: c.public, unitCapacity: c.unitCapacity, features: c.features ?? [] }),
          public: c.public as Database["urgence_availability"]["public"],
          unit_capacity: c.unitCapacity,
          free_units: Math.floor(rand() * Math.min(c.units, 4)),
          features: JSON.stringify([...(c.features ?? [])].sort()),
          declared_at: `${date}T08:00:00.000Z` < now ? `${date}T08:00:00.000Z` : now,
          declared_by_user_id: staff(s.organisation),
        })),
      ),
    );
    await insertMany(trx, "urgence_availability", availability);

    const g = generateUrgence({
      today,
      count: PEOPLE,
      org,
      networkId: org("siao"),
      structures: structures.map(({ id, index }) => ({ id, index })),
      userOf: (key) => users.get(key) ?? users.get("siao")!,
    });
    await insertMany(trx, "urgence_people", g.people);
    await insertMany(trx, "urgence_status_events", g.statuses);
    await insertMany(trx, "urgence_consents", g.consents);
    await insertMany(trx, "urgence_consent_audiences", g.audiences);
    await insertMany(trx, "urgence_encounters", g.encounters);
    await insertMany(trx, "urgence_requests", g.requests);
    await insertMany(trx, "urgence_request_events", g.events);
    await insertMany(trx, "urgence_unmet_nights", g.unmet);
  });
  return { created: true };
}
