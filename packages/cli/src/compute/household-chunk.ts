import type { PersonRow } from "./person-row.ts";

/** A block of valid households laid out as typed arrays, ready for one simulation. */
export class HouseholdChunk {
  households = 0;
  persons = 0;
  ids: string[] = [];
  // Per person
  household = new Int32Array(0);
  rank = new Int32Array(0); // 0 first adult, 1 second adult, 2 child
  birthDays = new Int32Array(0);
  amounts: Float64Array[] = [];
  handicap = new Uint8Array(0);
  tauxIncapacite = new Float64Array(0);
  // Per household
  statut: string[] = [];
  loyer: number[] = [];
  depcom: string[] = [];

  constructor(
    private readonly amountColumns: number,
    capacity = 1024,
  ) {
    this.#grow(capacity);
  }

  #grow(capacity: number): void {
    const grow = <T extends Int32Array | Float64Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(capacity);
      b.set(a.subarray(0, this.persons));
      return b;
    };
    this.household = grow(this.household, (n) => new Int32Array(n));
    this.rank = grow(this.rank, (n) => new Int32Array(n));
    this.birthDays = grow(this.birthDays, (n) => new Int32Array(n));
    this.handicap = grow(this.handicap, (n) => new Uint8Array(n));
    this.tauxIncapacite = grow(this.tauxIncapacite, (n) => new Float64Array(n));
    const old = this.amounts;
    this.amounts = Array.from({ length: this.amountColumns }, (_, c) => grow(old[c] ?? new Float64Array(0), (n) => new Float64Array(n)));
  }

  /** Adds one household (its first `count` rows): adults first (demandeur, then conjoint), then children. */
  add(id: string, rows: readonly PersonRow[], count = rows.length): void {
    if (this.persons + count > this.household.length) this.#grow(Math.max(this.household.length * 2, this.persons + count));
    const h = this.households++;
    this.ids.push(id);
    let head = 0;
    while (!rows[head]!.adult) head++;
    this.statut.push(rows[head]!.statut);
    this.loyer.push(rows[head]!.loyer);
    this.depcom.push(rows[head]!.depcom);
    let adults = 0;
    for (let pass = 0; pass < 2; pass++) {
      const adult = pass === 0;
      for (let j = 0; j < count; j++) {
        const r = rows[j]!;
        if (r.adult !== adult) continue;
        const p = this.persons++;
        this.household[p] = h;
        this.rank[p] = adult ? adults++ : 2;
        this.birthDays[p] = r.birthDays;
        this.handicap[p] = r.handicap;
        this.tauxIncapacite[p] = r.tauxIncapacite;
        for (let c = 0; c < this.amountColumns; c++) this.amounts[c]![p] = r.amounts[c]!;
      }
    }
  }

  clear(): void {
    this.households = 0;
    this.persons = 0;
    this.ids = [];
    this.statut = [];
    this.loyer = [];
    this.depcom = [];
  }
}
