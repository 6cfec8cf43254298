// How amounts, months and answers read in French.

const EUROS = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR", minimumFractionDigits: 2, maximumFractionDigits: 2 });

export const euros = (amount: number) => EUROS.format(amount);

/** « décembre 2026 » for 2026-12. */
export function monthName(month: string): string {
  const [year, m] = month.split("-").map(Number);
  if (!year || !m) return month;
  return new Intl.DateTimeFormat("fr-FR", { month: "long", year: "numeric", timeZone: "UTC" }).format(Date.UTC(year, m - 1, 1));
}

/** « 12 avril 1988 » for 1988-04-12. */
export function dayName(date: string): string {
  const [year, m, d] = date.split("-").map(Number);
  if (!year || !m || !d) return date;
  return new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    Date.UTC(year, m - 1, d),
  );
}

/** A number typed the French way (« 1 250,50 ») or the other, or undefined. */
export function parseAmount(text: string): number | undefined {
  const cleaned = text.replace(/[\s\u00a0\u202f€]/g, "").replace(",", ".");
  if (cleaned === "" || !/^-?\d*\.?\d+$/.test(cleaned)) return undefined;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : undefined;
}
