import { createWriteStream, existsSync, statSync } from "node:fs";
import { once } from "node:events";
import { parsePeriod, PeriodParseError, type Period, type TaxBenefitSystem } from "@zero/engine";
import { readHeader } from "./columns.ts";
import { computeChunk } from "./compute-chunk.ts";
import { csvField, readLines, splitCsvLine } from "./csv.ts";
import { HouseholdChunk } from "./household-chunk.ts";
import { parsePersonRow, RowError, type PersonRow } from "./person-row.ts";
import { progressBar } from "./progress.ts";
import { ChunkWorkerPool } from "./worker-pool.ts";
import { AMOUNT_COLUMNS } from "./columns.ts";

export interface ComputeOptions {
  input: string;
  output: string;
  period: string;
  variables: string[];
  /** Households per simulation: bounds memory, not results. */
  chunkSize?: number;
  rejects?: string;
  /** Where the first rejected rows are reported (the full list goes to the rejects file). */
  warn?: (line: string) => void;
  /** Draw a progress bar on stderr. */
  progress?: boolean;
  /** Worker threads computing chunks (0: compute in this thread). Needs `systemModule`. */
  workers?: number;
  /** Module the workers load the legislation from. */
  systemModule?: string;
}

export class UsageError extends Error {}

export interface ComputeSummary {
  households: number;
  rejectedRows: number;
  rejectedHouseholds: number;
  rejectsFile: string | undefined;
}

async function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, "drain");
}

function checkOptions(system: TaxBenefitSystem, options: ComputeOptions): Period {
  if (!existsSync(options.input)) throw new UsageError(`fichier introuvable : ${options.input}`);
  let period: Period;
  try {
    period = parsePeriod(options.period);
  } catch (error) {
    if (error instanceof PeriodParseError) throw new UsageError(`période invalide : ${options.period} (attendu : AAAA-MM)`);
    throw error;
  }
  if (period.unit !== "month" || period.size !== 1) throw new UsageError(`la période doit être un mois (AAAA-MM), reçu ${options.period}`);
  const unknown = options.variables.filter((v) => !system.hasVariable(v));
  if (unknown.length > 0) throw new UsageError(`variable(s) inconnue(s) : ${unknown.join(", ")}`);
  if (options.variables.length === 0) throw new UsageError("aucune variable demandée (--variables rsa,ppa,af)");
  return period;
}

/** `zero compute`: a population CSV in, one row of household totals per household out. */
export async function runCompute(system: TaxBenefitSystem, options: ComputeOptions): Promise<ComputeSummary> {
  const period = checkOptions(system, options);
  const chunkSize = options.chunkSize ?? 50_000;
  const statutNames = new Set(system.variable("statut_occupation_logement").possibleValues!.names);
  const lastDay = period.stop.days;
  const out = createWriteStream(options.output);
  const rejectsPath = options.rejects ?? `${options.output}.rejets.csv`;
  let rejects: NodeJS.WritableStream | undefined;
  const summary: ComputeSummary = { households: 0, rejectedRows: 0, rejectedHouseholds: 0, rejectsFile: undefined };
  const progress = progressBar(statSync(options.input).size, options.progress ? process.stderr : undefined);
  let chunk = new HouseholdChunk(AMOUNT_COLUMNS.length, chunkSize * 3);
  const workers = options.systemModule ? (options.workers ?? 0) : 0;
  const pool =
    workers > 0
      ? new ChunkWorkerPool(workers, { systemModule: options.systemModule!, period: options.period, variables: options.variables })
      : undefined;
  // Chunks being computed, oldest first: their results are written in input order.
  const inflight: { ids: string[]; results: Promise<Float64Array[]> }[] = [];
  const seen = new Set<string>();

  await write(out, ["household_id", ...options.variables].join(",") + "\n");

  const reject = async (line: number, householdId: string, reason: string) => {
    if (!rejects) {
      rejects = createWriteStream(rejectsPath);
      summary.rejectsFile = rejectsPath;
      await write(rejects, "ligne,household_id,motif\n");
    }
    summary.rejectedRows++;
    if (summary.rejectedRows <= 20) options.warn?.(`ligne ${line} (foyer ${householdId || "?"}) : ${reason}`);
    await write(rejects, `${line},${csvField(householdId)},${csvField(reason)}\n`);
  };

  const writeOldest = async () => {
    const { ids, results: pending } = inflight.shift()!;
    const results = await pending;
    let text = "";
    for (let i = 0; i < ids.length; i++) {
      text += csvField(ids[i]!);
      for (const r of results) text += "," + (Math.round(r[i]! * 100) / 100).toString();
      text += "\n";
    }
    await write(out, text);
    summary.households += ids.length;
    progress.households(ids.length);
  };
  const flush = async () => {
    if (chunk.households === 0) return;
    if (pool) {
      inflight.push({ ids: chunk.ids, results: pool.compute(chunk) });
      chunk = new HouseholdChunk(AMOUNT_COLUMNS.length, chunkSize * 3);
      while (inflight.length > workers * 2) await writeOldest();
    } else {
      inflight.push({ ids: chunk.ids, results: Promise.resolve(computeChunk(system, chunk, period, options.variables)) });
      chunk.clear();
      await writeOldest();
    }
  };

  // The rows of one household, kept until the next household starts.
  let currentId: string | undefined;
  let rows: PersonRow[] = [];
  let lines: number[] = [];
  let invalid: { line: number; reason: string } | undefined;
  const closeHousehold = async () => {
    if (currentId === undefined) return;
    const adults = rows.filter((r) => r.adult).length;
    if (!invalid && adults === 0) invalid = { line: lines[0]!, reason: "foyer sans adulte" };
    if (!invalid && adults > 2) invalid = { line: lines[0]!, reason: `foyer de ${adults} adultes (2 au plus)` };
    if (invalid) {
      summary.rejectedHouseholds++;
      for (const line of lines) {
        await reject(line, currentId, line === invalid.line ? invalid.reason : `foyer écarté (ligne ${invalid.line} invalide)`);
      }
    } else {
      chunk.add(currentId, rows);
      if (chunk.households >= chunkSize) await flush();
    }
    rows = [];
    lines = [];
    invalid = undefined;
  };

  let header: ReturnType<typeof readHeader> | undefined;
  for await (const { line, number } of readLines(options.input, (n) => progress.bytes(n))) {
    if (line.trim() === "") continue;
    const fields = splitCsvLine(line);
    if (!header) {
      header = readHeader(fields.map((f) => f.replace(/^\uFEFF/, "")));
      if (header.missing.length > 0) throw new UsageError(`colonnes manquantes : ${header.missing.join(", ")}`);
      continue;
    }
    const id = (fields[header.index.household_id] ?? "").trim();
    if (id !== currentId) {
      await closeHousehold();
      if (id !== "" && seen.has(id)) {
        // A household split across the file: its earlier rows were computed already.
        await reject(number, id, "lignes du foyer non contiguës : trier le fichier par household_id");
        currentId = undefined;
        continue;
      }
      currentId = id;
      if (id !== "") seen.add(id);
    }
    lines.push(number);
    try {
      rows.push(parsePersonRow(fields, header.index, statutNames, lastDay));
    } catch (error) {
      if (!(error instanceof RowError)) throw error;
      invalid ??= { line: number, reason: error.message };
    }
  }
  if (!header) throw new UsageError("fichier vide : la ligne d'en-tête manque");
  await closeHousehold();
  await flush();
  while (inflight.length > 0) await writeOldest();
  await pool?.close();
  progress.done();
  out.end();
  await once(out, "finish");
  if (rejects) {
    rejects.end();
    await once(rejects, "finish");
  }
  return summary;
}
