import { personSearchText, uuidv7, type UrgenceTables } from "@zero/db";
import { ALIASES, FIRST_NAMES, LANGUAGES, LAST_NAMES, SECTORS, URGENCE_STRUCTURES } from "./urgence-data.ts";

// Generates a year of fictional by-name list activity, deterministically (seeded PRNG):
// people, consents, encounters, status history, shelter requests and unmet nights.

type T = UrgenceTables;
export interface Generated {
  people: T["urgence_people"][];
  statuses: T["urgence_status_events"][];
  consents: T["urgence_consents"][];
  audiences: T["urgence_consent_audiences"][];
  encounters: T["urgence_encounters"][];
  requests: T["urgence_requests"][];
  events: T["urgence_request_events"][];
  unmet: T["urgence_unmet_nights"][];
}
export interface GenerateContext {
  today: string;
  count: number;
  org: (key: string) => string;
  userOf: (orgKey: string) => string;
  structures: { id: string; index: number }[];
  networkId: string;
}

export function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();
const day = (ms: number) => iso(ms).slice(0, 10);

export function generateUrgence(ctx: GenerateContext): Generated {
  const rand = mulberry32(13013);
  const pick = <V>(xs: readonly V[]): V => xs[Math.floor(rand() * xs.length)]!;
  const chance = (p: number) => rand() < p;
  const end = Date.parse(`${ctx.today}T20:00:00.000Z`);
  const year = Number(ctx.today.slice(0, 4));
  const out: Generated = { people: [], statuses: [], consents: [], audiences: [], encounters: [], requests: [], events: [], unmet: [] };

  function structureFor(adults: number, children: number): string {
    const want = children > 0 || adults > 2 ? "families" : adults === 2 ? "couples" : pick(["men", "women", "mixed"]);
    const fits = ctx.structures.filter((s) =>
      URGENCE_STRUCTURES[s.index]!.capacity.some((c) => c.public === want && c.unitCapacity >= adults + children),
    );
    return (fits.length ? pick(fits) : pick(ctx.structures)).id;
  }

  function request(p: T["urgence_people"], openedMs: number, arriveAfter: number | null, stayDays: number, destination: string) {
    const id = uuidv7(openedMs);
    const adults = Number(p.household_adults),
      children = Number(p.household_children);
    const arrivedMs = arriveAfter === null ? null : openedMs + arriveAfter * DAY;
    const endedMs = arrivedMs === null ? null : arrivedMs + stayDays * DAY;
    const ended = endedMs !== null && endedMs < end;
    const arrived = arrivedMs !== null && arrivedMs < end;
    const structureId = arrived ? structureFor(adults, children) : null;
    const status = ended ? "ended" : arrived ? "arrived" : "open";
    const actor = ctx.userOf("siao");
    out.requests.push({
      id,
      person_id: p.id,
      organisation_id: ctx.org("siao"),
      created_by_user_id: actor,
      kind: "urgence",
      adults,
      children,
      needs: p.needs,
      status,
      opened_at: iso(openedMs),
      proposed_structure_id: structureId,
      proposed_for_date: arrived ? day(arrivedMs!) : null,
      proposed_line_key: arrived ? "demo" : null,
      proposal_reason: arrived ? "Orientation (données de démonstration)" : null,
      proposed_at: arrived ? iso(arrivedMs! - 3 * 3600_000) : null,
      confirmed_at: arrived ? iso(arrivedMs! - 2 * 3600_000) : null,
      decided_by: arrived ? "person" : null,
      decision_reason: null,
      arrived_at: arrived ? iso(arrivedMs!) : null,
      ended_at: ended ? iso(endedMs!) : null,
      end_destination: ended ? destination : null,
      updated_at: iso(Math.min(end, endedMs ?? openedMs)),
    });
    const ev = (at: number, type: string, from: T["urgence_request_events"]["from_status"], to: T["urgence_request_events"]["to_status"]) =>
      out.events.push({
        id: uuidv7(at),
        request_id: id,
        person_id: p.id,
        at: iso(at),
        type,
        from_status: from,
        to_status: to,
        actor_user_id: actor,
        actor_organisation_id: ctx.org("siao"),
        detail: null,
      });
    ev(openedMs, "created", null, "open");
    if (arrived) {
      ev(arrivedMs! - 3 * 3600_000, "proposed", "open", "proposed");
      ev(arrivedMs! - 2 * 3600_000, "accepted", "proposed", "accepted");
      ev(arrivedMs!, "arrived", "accepted", "arrived");
    }
    if (ended) ev(endedMs!, "ended", "arrived", "ended");
    const lastNight = arrived ? arrivedMs! : end;
    for (let n = openedMs; n + DAY / 2 < lastNight && day(n) < ctx.today; n += DAY) {
      out.unmet.push({
        request_id: id,
        night: day(n),
        person_id: p.id,
        reason: "aucune place compatible ce soir (démonstration)",
        recorded_at: iso(n + 4 * 3600_000),
      });
    }
    return ended ? endedMs! : null;
  }

  for (let i = 0; i < ctx.count; i++) {
    const g = rand();
    const gender = g < 0.28 ? "female" : g < 0.97 ? "male" : null;
    const h = rand();
    const [adults, children] = h < 0.12 ? [1 + Math.floor(rand() * 2), 1 + Math.floor(rand() * 4)] : h < 0.2 ? [2, 0] : [1, 0];
    const young = chance(0.15);
    const birthYear = chance(0.9) ? (young ? year - 18 - Math.floor(rand() * 7) : year - 25 - Math.floor(rand() * 50)) : null;
    const first = pick(gender === "female" ? FIRST_NAMES.female : FIRST_NAMES.male);
    const named = chance(0.65);
    const alias = !named || chance(0.4) ? `${pick(ALIASES)}` : null;
    const needs = [
      ...(chance(0.12) ? ["pets"] : []),
      ...(chance(0.06) ? ["reduced_mobility"] : []),
      ...(chance(0.08) ? ["medical_care"] : []),
      ...(gender === "female" && chance(0.05) ? ["pregnancy"] : []),
    ].sort();
    const o = rand();
    const owner = o < 0.35 ? "phare" : o < 0.65 ? "fanal" : o < 0.95 ? "siao" : "ccas";
    const t0 = end - Math.floor(rand() * 365) * DAY - Math.floor(rand() * 12) * 3600_000;
    const home = pick(SECTORS);
    const id = uuidv7(t0);
    const p: T["urgence_people"] = {
      id,
      organisation_id: ctx.org(owner),
      alias,
      first_name: named ? first : null,
      last_name: named ? pick(LAST_NAMES) : null,
      birth_year: birthYear,
      gender,
      languages: JSON.stringify([pick(LANGUAGES)]),
      household_adults: adults,
      household_children: children,
      needs: JSON.stringify(needs),
      list_status: "active",
      status_changed_at: iso(t0),
      first_contact_at: iso(t0),
      last_contact_at: iso(t0),
      merged_into_id: null,
      created_at: iso(t0),
      updated_at: iso(t0),
      search_text: "",
    };
    p.search_text = personSearchText(p);
    out.people.push(p);
    const c = rand();
    if (c < 0.9) {
      const consentId = uuidv7(t0);
      out.consents.push({
        id: consentId,
        person_id: id,
        given_at: iso(t0),
        purposes: JSON.stringify(["follow_up", "orientation", "statistics"]),
        recorded_by_user_id: ctx.userOf(owner),
        recorded_by_organisation_id: ctx.org(owner),
        withdrawn_at: null,
        withdrawn_by_user_id: null,
      });
      out.audiences.push(
        c < 0.8
          ? { consent_id: consentId, audience_type: "network", audience_id: ctx.networkId }
          : { consent_id: consentId, audience_type: "organisation", audience_id: ctx.org(owner) },
      );
    }
    // Encounters, and the status history they imply (inactivity after 90 days without contact).
    const times = [t0];
    const seen = chance(0.45) ? 1 + Math.floor(rand() * 4) : 15;
    while (times.length < seen) {
      const next = times.at(-1)! + Math.max(1, Math.round(-Math.log(1 - rand()) * 30)) * DAY + Math.floor(rand() * 8) * 3600_000;
      if (next >= end) break;
      times.push(next);
    }
    const status = (
      at: number,
      from: T["urgence_people"]["list_status"] | null,
      to: T["urgence_people"]["list_status"],
      reason: string,
    ) => {
      out.statuses.push({ id: uuidv7(at), person_id: id, at: iso(at), from_status: from, to_status: to, reason, actor_user_id: null });
      p.list_status = to;
      p.status_changed_at = iso(at);
    };
    status(t0, null, "active", "identified");
    const housing = chance(0.15) && times.length > 2 ? 1 + Math.floor(rand() * (times.length - 1)) : -1;
    const returner = chance(0.25);
    const emergency = chance(0.3) ? Math.floor(rand() * times.length) : -1;
    let last = t0;
    let skipUntil = 0;
    for (let k = 0; k < times.length; k++) {
      const t = times[k]!;
      if (t < skipUntil) continue;
      if (p.list_status === "housed" && !returner) break;
      if (p.list_status === "active" && t - last > 90 * DAY) status(last + 90 * DAY, "active", "inactive", "moved_to_inactive");
      if (p.list_status === "inactive") status(t, "inactive", "active", "returned_from_inactive");
      if (p.list_status === "housed") status(t, "housed", "active", "returned_from_housing");
      const sector = chance(0.8) ? home : pick(SECTORS);
      const team =
        owner === "siao" ? (chance(0.6) ? "siao" : pick(["phare", "fanal"])) : chance(0.8) ? owner : pick(["phare", "fanal", "ccas"]);
      out.encounters.push({
        id: uuidv7(t),
        person_id: id,
        organisation_id: ctx.org(team),
        recorded_by_user_id: ctx.userOf(team),
        channel: team === "siao" ? "call_115" : team === "ccas" ? "day_centre" : "maraude",
        occurred_at: iso(t),
        latitude: sector.lat + (rand() - 0.5) * 0.004,
        longitude: sector.lon + (rand() - 0.5) * 0.004,
        address: null,
        sector: sector.name,
        living_situation: pick(["street", "street", "street", "squat", "tent", "car"]),
        needs_expressed: JSON.stringify(pick([["food"], ["shelter"], ["hygiene"], ["health"], ["shelter", "food"]])),
        services_given: JSON.stringify(pick([["meal"], ["blanket"], ["orientation"], ["hygiene_kit"], []])),
        notes: null,
        created_at: iso(t),
      });
      last = t;
      p.last_contact_at = iso(t);
      if (k === housing) {
        const endedAt = request(p, t, Math.floor(rand() * 15), 10 + Math.floor(rand() * 50), "housing");
        if (endedAt !== null) {
          status(endedAt, "active", "housed", "housed");
          last = endedAt;
          skipUntil = endedAt + 30 * DAY;
        }
      } else if (k === emergency && t < end - 12 * DAY) {
        request(p, t, Math.floor(rand() * 5), 1 + Math.floor(rand() * 10), pick(["street", "insertion_shelter", "unknown"]));
      }
    }
    if (p.list_status === "active" && end - last > 90 * DAY) status(last + 90 * DAY, "active", "inactive", "moved_to_inactive");
    else if (p.list_status === "active" && end - last < 10 * DAY && chance(0.35)) request(p, last, null, 0, "");
  }
  addDuplicates(out, ctx, rand);
  return out;
}

/** The same person met by two teams, written slightly differently: the duplicates to find. */
function addDuplicates(out: Generated, ctx: GenerateContext, rand: () => number): void {
  const named = out.people.filter((p) => p.first_name && p.last_name && p.merged_into_id === null).slice(0, 60);
  const variants = [
    (s: string) => s.replace(/a/, "ah"),
    (s: string) => s + "e",
    (s: string) => s.replace(/i/, "y"),
    (s: string) => s.slice(0, -1),
  ];
  for (let j = 0; j < 6 && j * 9 < named.length; j++) {
    const base = named[j * 9]!;
    const at = Date.parse(base.first_contact_at) + Math.floor(rand() * 20) * DAY;
    const id = uuidv7(at);
    const team = base.organisation_id === ctx.org("phare") ? "fanal" : "phare";
    out.people.push({
      ...base,
      id,
      organisation_id: ctx.org(team),
      alias: null,
      last_name: variants[j % variants.length]!(base.last_name!),
      birth_year: base.birth_year === null ? null : Number(base.birth_year) + (j % 2),
      first_contact_at: iso(at),
      last_contact_at: iso(at),
      status_changed_at: iso(at),
      created_at: iso(at),
      updated_at: iso(at),
      list_status: "active",
    });
    out.people.at(-1)!.search_text = personSearchText(out.people.at(-1)!);
    out.statuses.push({
      id: uuidv7(at),
      person_id: id,
      at: iso(at),
      from_status: null,
      to_status: "active",
      reason: "identified",
      actor_user_id: null,
    });
    const consentId = uuidv7(at);
    out.consents.push({
      id: consentId,
      person_id: id,
      given_at: iso(at),
      purposes: JSON.stringify(["orientation"]),
      recorded_by_user_id: ctx.userOf(team),
      recorded_by_organisation_id: ctx.org(team),
      withdrawn_at: null,
      withdrawn_by_user_id: null,
    });
    out.audiences.push({ consent_id: consentId, audience_type: "network", audience_id: ctx.networkId });
    const sector = out.encounters.find((e) => e.person_id === base.id)?.sector ?? null;
    const place = SECTORS.find((s) => s.name === sector) ?? SECTORS[0]!;
    out.encounters.push({
      id: uuidv7(at),
      person_id: id,
      organisation_id: ctx.org(team),
      recorded_by_user_id: ctx.userOf(team),
      channel: "maraude",
      occurred_at: iso(at),
      latitude: place.lat,
      longitude: place.lon,
      address: null,
      sector: place.name,
      living_situation: "street",
      needs_expressed: JSON.stringify(["food"]),
      services_given: JSON.stringify(["meal"]),
      notes: null,
      created_at: iso(at),
    });
  }
}
