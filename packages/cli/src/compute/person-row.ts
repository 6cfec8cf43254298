import { toDays } from "@zero/engine";
import { AMOUNT_COLUMNS, type Column } from "./columns.ts";
import { splitCsvLine } from "./csv.ts";

/** One person's checked values. The batch reuses these objects from one household to the next. */
export interface PersonRow {
  adult: boolean;
  birthDays: number;
  /** One entry per AMOUNT_COLUMNS column, in that order. */
  amounts: Float64Array;
  handicap: number;
  tauxIncapacite: number;
  statut: string;
  loyer: number;
  depcom: string;
}

export function emptyPersonRow(): PersonRow {
  return {
    adult: false,
    birthDays: 0,
    amounts: new Float64Array(AMOUNT_COLUMNS.length),
    handicap: 0,
    tauxIncapacite: 0,
    statut: "",
    loyer: 0,
    depcom: "",
  };
}

export class RowError extends Error {}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DEPCOM = /^(\d{5}|2[AB]\d{3})$/;
// 10^k is exact for k <= 22, so m / 10^k (m < 2^53) is the correctly rounded decimal, as Number() gives.
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);

// The general (slow) readers: what every value is checked against.

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

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/**
 * Reads and checks person rows (docs/batch-format.md), one line at a time, without
 * splitting the line into strings: numbers and dates are read in place. Anything off
 * the common shape (spaces, quotes, signs, exponents, old dates…) goes through the
 * general readers above, so values and messages are the same either way.
 */
export class PersonRowParser {
  readonly #index: Record<Column, number>;
  readonly #statutNames: ReadonlySet<string>;
  readonly #computationDays: number;
  readonly #amountIndex: Int32Array;
  // The current line: unquoted, fields are line[starts[c], ends[c]); quoted, fields[c].
  #line = "";
  #fields: string[] | undefined;
  #count = 0;
  #starts = new Int32Array(32);
  #ends = new Int32Array(32);

  constructor(index: Record<Column, number>, statutNames: ReadonlySet<string>, computationDays: number) {
    this.#index = index;
    this.#statutNames = statutNames;
    this.#computationDays = computationDays;
    this.#amountIndex = Int32Array.from(AMOUNT_COLUMNS, (c) => index[c]);
  }

  /** Takes a line (without its line break); then householdId() and read() look at it. */
  scan(line: string): void {
    if (line.includes('"')) {
      this.#fields = splitCsvLine(line);
      this.#count = this.#fields.length;
      return;
    }
    this.#fields = undefined;
    this.#line = line;
    let start = 0;
    let c = 0;
    for (;;) {
      if (c === this.#starts.length) {
        const grow = (a: Int32Array) => Int32Array.from({ length: a.length * 2 }, (_, i) => a[i] ?? 0);
        this.#starts = grow(this.#starts);
        this.#ends = grow(this.#ends);
      }
      const end = line.indexOf(",", start);
      this.#starts[c] = start;
      this.#ends[c] = end < 0 ? line.length : end;
      c++;
      if (end < 0) break;
      start = end + 1;
    }
    this.#count = c;
  }

  /** The raw text of a column ("" when the row is short). */
  #raw(col: number): string {
    if (col >= this.#count) return "";
    if (this.#fields) return this.#fields[col]!;
    return this.#line.slice(this.#starts[col]!, this.#ends[col]!);
  }

  // For the in-place readers: the string holding a column, and the column's bounds in it.
  #text(col: number): string {
    return this.#fields ? (this.#fields[col] ?? "") : this.#line;
  }
  #start(col: number): number {
    return this.#fields || col >= this.#count ? 0 : this.#starts[col]!;
  }
  #end(col: number): number {
    if (col >= this.#count) return 0;
    return this.#fields ? this.#fields[col]!.length : this.#ends[col]!;
  }

  householdId(): string {
    return this.#raw(this.#index.household_id).trim();
  }

  #amount(col: number, column: string): number {
    const s = this.#text(col);
    const a = this.#start(col);
    const b = this.#end(col);
    if (a === b) return 0;
    let m = 0;
    let digits = 0;
    let frac = -1;
    let i = a;
    for (; i < b; i++) {
      const c = s.charCodeAt(i);
      if (c >= 48 && c <= 57) {
        m = m * 10 + (c - 48);
        digits++;
        if (frac >= 0) frac++;
      } else if (c === 46 && frac < 0) frac = 0;
      else break;
    }
    if (i === b && digits > 0 && digits <= 15 && frac !== 0) return frac > 0 ? m / POW10[frac]! : m;
    return amount(this.#raw(col), column);
  }

  #birthDays(col: number): number {
    const s = this.#text(col);
    const a = this.#start(col);
    if (this.#end(col) - a === 10 && s.charCodeAt(a + 4) === 45 && s.charCodeAt(a + 7) === 45) {
      const y0 = digit(s, a);
      const y1 = digit(s, a + 1);
      const y2 = digit(s, a + 2);
      const y3 = digit(s, a + 3);
      const m0 = digit(s, a + 5);
      const m1 = digit(s, a + 6);
      const d0 = digit(s, a + 8);
      const d1 = digit(s, a + 9);
      if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) >= 0) {
        const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
        const month = m0 * 10 + m1;
        const day = d0 * 10 + d1;
        // Years before 1890 are refused anyway: the general reader words it.
        if (year >= 1890) {
          const last = month === 2 && isLeap(year) ? 29 : MONTH_DAYS[month - 1];
          if (last === undefined || day < 1 || day > last) {
            throw new RowError(`date_naissance : le ${s.slice(a, a + 10)} n'existe pas`);
          }
          return daysFromCivil(year, month, day);
        }
      }
    }
    return birthDate(this.#raw(col));
  }

  /** Reads the scanned line (whose householdId() is `id`) into `row`; throws RowError with a French reason. */
  read(row: PersonRow, id: string): void {
    const index = this.#index;
    if (id === "") throw new RowError("household_id vide");
    const s = this.#text(index.role);
    const a = this.#start(index.role);
    const length = this.#end(index.role) - a;
    let adult: boolean;
    if (length === 5 && s.startsWith("adult", a)) adult = true;
    else if (length === 5 && s.startsWith("child", a)) adult = false;
    else {
      const role = this.#raw(index.role).trim();
      if (role !== "adult" && role !== "child") throw new RowError(`role : « ${role} » (attendu : adult ou child)`);
      adult = role === "adult";
    }
    const birthDays = this.#birthDays(index.date_naissance);
    if (birthDays > this.#computationDays) throw new RowError("date_naissance postérieure au mois de calcul");
    const amounts = row.amounts;
    for (let i = 0; i < AMOUNT_COLUMNS.length; i++) amounts[i] = this.#amount(this.#amountIndex[i]!, AMOUNT_COLUMNS[i]!);
    const handicapText = this.#raw(index.handicap).trim();
    if (handicapText !== "" && handicapText !== "0" && handicapText !== "1") {
      throw new RowError(`handicap : « ${handicapText} » (attendu : 0 ou 1)`);
    }
    const taux = this.#amount(index.taux_incapacite, "taux_incapacite");
    if (taux > 1) throw new RowError(`taux_incapacite : ${taux} (attendu entre 0 et 1)`);
    const statut = this.#raw(index.statut_occupation_logement).trim() || "non_renseigne";
    if (!this.#statutNames.has(statut)) throw new RowError(`statut_occupation_logement : « ${statut} » inconnu`);
    const depcom = this.#raw(index.depcom).trim();
    if (depcom !== "" && !DEPCOM.test(depcom)) throw new RowError(`depcom : « ${depcom} » n'est pas un code commune INSEE`);
    const loyer = this.#amount(index.loyer, "loyer");
    row.adult = adult;
    row.birthDays = birthDays;
    row.handicap = handicapText === "1" ? 1 : 0;
    row.tauxIncapacite = taux;
    row.statut = statut;
    row.loyer = loyer;
    row.depcom = depcom;
  }
}
