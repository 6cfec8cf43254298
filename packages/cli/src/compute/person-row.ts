import { toDays } from "@zero/engine";
import { AMOUNT_COLUMNS, type Column } from "./columns.ts";

export interface PersonRow {
  householdId: string;
  adult: boolean;
  birthDays: number;
  amounts: Float64Array;
  handicap: number;
  tauxIncapacite: number;
  statut: string;
  loyer: number;
  depcom: string;
}

export class RowError extends Error {}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DEPCOM = /^(\d{5}|2[AB]\d{3})$/;

function amount(raw: string, column: string): number {
  const text = raw.trim();
  if (text === "") return 0;
  const value = Number(text);
  if (!Number.isFinite(value)) throw new RowError(`${column} : « ${raw} » n'est pas un nombre`);
  if (value < 0) throw new RowError(`${column} : montant négatif (${raw})`);
  return value;
}

function birthDate(raw: string): number {
  const text = raw.trim();
  const m = DATE.exec(text);
  if (!m) throw new RowError(`date_naissance : « ${raw} » n'est pas une date AAAA-MM-JJ`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new RowError(`date_naissance : le ${text} n'existe pas`);
  }
  if (year < 1890) throw new RowError(`date_naissance : ${text} est trop ancienne`);
  return toDays(text);
}

/** Reads and checks one person's row; throws RowError with a French reason. */
export function parsePersonRow(
  fields: readonly string[],
  index: Record<Column, number>,
  statutNames: ReadonlySet<string>,
  computationDays: number,
): PersonRow {
  const get = (c: Column) => fields[index[c]] ?? "";
  const householdId = get("household_id").trim();
  if (householdId === "") throw new RowError("household_id vide");
  const role = get("role").trim();
  if (role !== "adult" && role !== "child") throw new RowError(`role : « ${role} » (attendu : adult ou child)`);
  const birthDays = birthDate(get("date_naissance"));
  if (birthDays > computationDays) throw new RowError("date_naissance postérieure au mois de calcul");
  const amounts = new Float64Array(AMOUNT_COLUMNS.length);
  AMOUNT_COLUMNS.forEach((c, i) => (amounts[i] = amount(get(c), c)));
  const handicapText = get("handicap").trim();
  if (!["", "0", "1"].includes(handicapText)) throw new RowError(`handicap : « ${handicapText} » (attendu : 0 ou 1)`);
  const taux = amount(get("taux_incapacite"), "taux_incapacite");
  if (taux > 1) throw new RowError(`taux_incapacite : ${taux} (attendu entre 0 et 1)`);
  const statut = get("statut_occupation_logement").trim() || "non_renseigne";
  if (!statutNames.has(statut)) throw new RowError(`statut_occupation_logement : « ${statut} » inconnu`);
  const depcom = get("depcom").trim();
  if (depcom !== "" && !DEPCOM.test(depcom)) throw new RowError(`depcom : « ${depcom} » n'est pas un code commune INSEE`);
  return {
    householdId,
    adult: role === "adult",
    birthDays,
    amounts,
    handicap: handicapText === "1" ? 1 : 0,
    tauxIncapacite: taux,
    statut,
    loyer: amount(get("loyer"), "loyer"),
    depcom,
  };
}
