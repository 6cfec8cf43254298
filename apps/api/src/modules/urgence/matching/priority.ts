import type { PrioritySettings } from "@zero/schemas";
import { daysBetween } from "../shared.ts";

// Local priority, chosen by the territory: observable facts of the request (never a
// vulnerability questionnaire score such as the VI-SPDAT) plus the time already waited.

export const DEFAULT_PRIORITY: PrioritySettings = {
  criteria: [
    { code: "with_children", points: 10 },
    { code: "pregnancy", points: 10 },
    { code: "medical_care", points: 8 },
    { code: "woman_alone", points: 6 },
    { code: "reduced_mobility", points: 5 },
    { code: "aged_60_plus", points: 5 },
    { code: "young_adult", points: 3 },
  ],
  pointsPerWaitingNight: 1,
  maxWaitingPoints: 30,
};
export const DEFAULT_INACTIVITY_DAYS = 90;

const LABELS: Record<string, string> = {
  with_young_children: "enfants en bas âge",
  with_children: "enfants",
  pregnancy: "grossesse",
  medical_care: "soins nécessaires",
  reduced_mobility: "mobilité réduite",
  woman_alone: "femme seule",
  young_adult: "jeune de 18 à 24 ans",
  aged_60_plus: "60 ans ou plus",
};

export interface PriorityInput {
  adults: number;
  children: number;
  needs: readonly string[];
  gender: string | null;
  age: number | null;
  openedAt: string;
}

export interface Priority {
  score: number;
  detail: { label: string; points: number }[];
}

function applies(code: string, r: PriorityInput): boolean {
  switch (code) {
    case "with_children":
    case "with_young_children":
      return r.children > 0;
    case "pregnancy":
    case "medical_care":
    case "reduced_mobility":
      return r.needs.includes(code);
    case "woman_alone":
      return r.gender === "female" && r.adults === 1 && r.children === 0;
    case "young_adult":
      return r.age !== null && r.age >= 18 && r.age <= 24;
    case "aged_60_plus":
      return r.age !== null && r.age >= 60;
    default:
      return false;
  }
}

export function priorityOf(r: PriorityInput, settings: PrioritySettings, now: string): Priority {
  const detail: Priority["detail"] = [];
  for (const c of settings.criteria) {
    if (c.points > 0 && applies(c.code, r)) detail.push({ label: LABELS[c.code] ?? c.code, points: c.points });
  }
  const nights = Math.max(0, Math.floor(daysBetween(r.openedAt, now)));
  const waiting = Math.min(settings.maxWaitingPoints, nights * settings.pointsPerWaitingNight);
  if (waiting > 0) detail.push({ label: `${nights} nuit${nights > 1 ? "s" : ""} d'attente`, points: waiting });
  return { score: detail.reduce((s, d) => s + d.points, 0), detail };
}

export function priorityText(p: Priority): string {
  if (p.detail.length === 0) return "priorité 0 (aucun critère local, pas encore d'attente)";
  return `priorité ${p.score} (${p.detail.map((d) => `${d.label} +${d.points}`).join(" ; ")})`;
}
