import { Period, Simulation, type TaxBenefitSystem } from "@zero/engine";
import { AMOUNT_COLUMNS } from "./columns.ts";
import type { HouseholdChunk } from "./household-chunk.ts";

function roleIndex(system: TaxBenefitSystem, group: string, role: string): number {
  const entity = system.entities.groups.find((g) => g.key === group);
  const i = entity?.flatRoles.findIndex((r) => r.key === role) ?? -1;
  if (i < 0) throw new Error(`the model has no role ${role} in ${group}`);
  return i;
}

/** Roles by rank (first adult, second adult, child) in each group entity of a household. */
function roleTables(system: TaxBenefitSystem): Record<string, Int32Array> {
  return {
    famille: Int32Array.of(
      roleIndex(system, "famille", "demandeur"),
      roleIndex(system, "famille", "conjoint"),
      roleIndex(system, "famille", "enfant"),
    ),
    foyer_fiscal: Int32Array.of(
      roleIndex(system, "foyer_fiscal", "declarant_principal"),
      roleIndex(system, "foyer_fiscal", "conjoint"),
      roleIndex(system, "foyer_fiscal", "personne_a_charge"),
    ),
    menage: Int32Array.of(
      roleIndex(system, "menage", "personne_de_reference"),
      roleIndex(system, "menage", "conjoint"),
      roleIndex(system, "menage", "enfant"),
    ),
  };
}

/**
 * Computes the variables for every household of the chunk, through the same simulation
 * code as a single situation. Monthly amounts hold for each of the 36 months ending at
 * `period`. Returns one Float64Array of household totals per variable.
 */
export function computeChunk(
  system: TaxBenefitSystem,
  chunk: HouseholdChunk,
  period: Period,
  variables: readonly string[],
): Float64Array[] {
  const n = chunk.persons;
  const h = chunk.households;
  const group = chunk.household.subarray(0, n);
  const ranks = chunk.rank.subarray(0, n);
  const tables = roleTables(system);
  const memberships: Record<string, { group: Int32Array; role: Int32Array }> = {};
  for (const [key, table] of Object.entries(tables)) {
    const role = new Int32Array(n);
    for (let i = 0; i < n; i++) role[i] = table[ranks[i]!]!;
    memberships[key] = { group, role };
  }
  const simulation = new Simulation(system, {
    counts: { individu: n, famille: h, foyer_fiscal: h, menage: h },
    memberships,
  });

  const statutEnum = system.variable("statut_occupation_logement").possibleValues!;
  const statut = Int32Array.from(chunk.statut, (s) => statutEnum.index(s));
  const loyer = Float64Array.from(chunk.loyer);
  const amounts = AMOUNT_COLUMNS.map((_, c) => chunk.amounts[c]!.slice(0, n));
  const handicap = chunk.handicap.slice(0, n);
  const taux = chunk.tauxIncapacite.slice(0, n);
  simulation.setInput("date_naissance", "ETERNITY", chunk.birthDays.slice(0, n));
  // The 36 months ending at `period`. A variable that dispatches a longer period's value
  // to its months gets one input for all of them (encoded once: depcom holds strings).
  const months = new Period("month", period.firstMonth.offset(-35, "month").start, 36);
  const perMonth: [string, unknown][] = [];
  const eachMonth = (name: string, values: unknown) => {
    if (system.variable(name).setInputPolicy === "dispatchByPeriod") simulation.setInput(name, months, values);
    else perMonth.push([name, values]);
  };
  AMOUNT_COLUMNS.forEach((c, i) => eachMonth(c, amounts[i]));
  eachMonth("handicap", handicap);
  eachMonth("taux_incapacite", taux);
  eachMonth("statut_occupation_logement", statut);
  eachMonth("loyer", loyer);
  eachMonth("depcom", chunk.depcom);
  for (let m = 0; m < 36; m++) {
    const month = period.firstMonth.offset(-m, "month");
    for (const [name, values] of perMonth) simulation.setInput(name, month, values);
  }

  return variables.map((name) => {
    const variable = system.variable(name);
    // A yearly variable for the civil year of the month, an eternal one once (docs/batch-format.md).
    const at = variable.definitionPeriod === "year" ? period.thisYear : variable.definitionPeriod === "eternity" ? "ETERNITY" : period;
    const values = simulation.calculateOutput(name, at) as ArrayLike<number>;
    const totals = new Float64Array(h);
    if (variable.entity === "individu") for (let i = 0; i < n; i++) totals[group[i]!]! += values[i]!;
    else for (let i = 0; i < h; i++) totals[i] = values[i]!;
    return totals;
  });
}
