// Numbers, amounts and periods as a French reader expects them (Intl fr-FR: narrow no-break
// space between thousands, no-break space before the euro sign).
import { parsePeriod } from "@zero/engine";

const EUROS = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" });
const WHOLE_EUROS = new Intl.NumberFormat("fr-FR", {
  style: "currency",
  currency: "EUR",
  maximumFractionDigits: 0,
  minimumFractionDigits: 0,
});
const NUMBER = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 });
const PERCENT = new Intl.NumberFormat("fr-FR", { style: "percent", maximumFractionDigits: 2 });
const MONTH = new Intl.DateTimeFormat("fr-FR", { month: "long", year: "numeric", timeZone: "UTC" });
const MONTH_ONLY = new Intl.DateTimeFormat("fr-FR", { month: "long", timeZone: "UTC" });

/** 1180 → "1 180,00 €". */
export function euros(amount: number): string {
  return EUROS.format(amount);
}

/** 1180.4 → "1 180 €" (rounded to the euro). */
export function wholeEuros(amount: number): string {
  return WHOLE_EUROS.format(Math.round(amount));
}

export function number(x: number): string {
  return NUMBER.format(x);
}

/** 0.5985 → "59,85 %". */
export function percent(rate: number): string {
  return PERCENT.format(rate);
}

const monthDate = (year: number, month: number) => new Date(Date.UTC(year, month - 1, 1));

/** "2025-06" → "juin 2025", "2025" → "2025", "year:2024-04" → "l'année d'avril 2024 à mars 2025". */
export function periodText(period: string): string {
  const p = parsePeriod(period);
  if (p.unit === "eternity") return "toujours";
  const start = monthDate(p.start.year, p.start.month);
  if (p.unit === "month" && p.size === 1) return MONTH.format(start);
  if (p.unit === "year" && p.size === 1 && p.start.month === 1) return String(p.start.year);
  const last = p.lastMonth.start;
  return monthRange(start, monthDate(last.year, last.month));
}

function monthRange(first: Date, last: Date): string {
  const sameYear = first.getUTCFullYear() === last.getUTCFullYear();
  return `de ${sameYear ? MONTH_ONLY.format(first) : MONTH.format(first)} à ${MONTH.format(last)}`;
}

/** Several periods of an input: "de mars à mai 2025" when they are consecutive months, else listed. */
export function periodsText(periods: readonly string[]): string {
  if (periods.length === 1) return `en ${periodText(periods[0]!)}`;
  const parsed = periods.map((p) => parsePeriod(p)).sort((a, b) => a.start.compare(b.start));
  const months = parsed.every((p) => p.unit === "month" && p.size === 1);
  const consecutive = months && parsed.every((p, i) => i === 0 || p.start.compare(parsed[i - 1]!.start.offset(1, "month")) === 0);
  if (consecutive) {
    const first = parsed[0]!.start;
    const last = parsed[parsed.length - 1]!.start;
    return monthRange(monthDate(first.year, first.month), monthDate(last.year, last.month));
  }
  const texts = periods.map(periodText);
  return `en ${texts.slice(0, -1).join(", ")} et ${texts[texts.length - 1]}`;
}

/** "par mois", "par an" or nothing, after an amount of a variable defined by that period. */
export function perPeriod(definitionPeriod: string): string {
  return definitionPeriod === "month" ? " par mois" : definitionPeriod === "year" ? " par an" : "";
}

/** A parameter's value in words, by its OpenFisca unit. */
export function parameterValueText(value: unknown, unit: string | undefined): string {
  if (typeof value === "boolean") return value ? "oui" : "non";
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map((v) => parameterValueText(v, unit)).join(", ");
  if (typeof value === "object" && value !== null && "thresholds" in value) {
    const n = (value as { thresholds: readonly number[] }).thresholds.length;
    return `barème à ${n} tranche${n > 1 ? "s" : ""}`;
  }
  if (typeof value !== "number") return String(value);
  switch (unit) {
    case "currency":
    case "currency_next_year":
      return euros(value);
    case "/1":
      return percent(value);
    case "year":
      return `${number(value)} an${value >= 2 ? "s" : ""}`;
    case "month":
      return `${number(value)} mois`;
    case "hour":
      return `${number(value)} heure${value >= 2 ? "s" : ""}`;
    case "BMAF":
      return `${percent(value)} de la base mensuelle de calcul des allocations familiales (BMAF)`;
    case "RSA":
      return `${percent(value)} du montant forfaitaire du RSA`;
    case "smic_horaire_brut":
      return `${number(value)} fois le SMIC horaire brut`;
    case "smic_mensuel_brut":
    case "smic":
      return `${number(value)} fois le SMIC mensuel brut`;
    default:
      return number(value);
  }
}
