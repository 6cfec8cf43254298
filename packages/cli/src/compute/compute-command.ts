import { createWriteStream, existsSync, statSync } from "node:fs";
import { once } from "node:events";
import { parsePeriod, PeriodParseError, type Period, type TaxBenefitSystem } from "@zero/engine";
import { readHeader } from "./columns.ts";
import { computeChunk } from "./compute-chunk.ts";
import { csvField, readLineBlocks, splitCsvLine } from "./csv.ts";
import { HouseholdChunk } from "./household-chunk.ts";
import { laneClassifier, LANES } from "./household-lanes.ts";
import { OrderedLines } from "./ordered-lines.ts";
import { emptyPersonRow, PersonRowParser, RowError, type PersonRow } from "./person-row.ts";
import { progressBar } from "./progress.ts";
import { StringSet } from "./string-set.ts";
import { ChunkWorkerPool } from "./worker-pool.ts";
import { AMOUNT_COLUMNS } from "./columns.ts";

export interface ComputeOptions {
  input: string;
  output: string;
  period: string;
  variables: string[];
  /** Households per simulation (default DEFAULT_CHUNK_SIZE): bounds memory, not results. */
  chunkSize?: number;
  rejects?: string;
  /** Where the first rejected rows are reported (the full list goes to the rejects file). */
  warn?: (line: string) => void;
  /** Draw a progress bar on stderr. */
  progress?: boolean;
  /**
   * Worker threads computing chunks, besides this thread which reads the file and computes
   * the chunks the workers have no room for (0: everything in this thread). Needs `systemModule`.
   */
  workers?: number;
  /** Variables the legislation declares but does not compute yet (refused: never a column of defaults). */
  notComputed?: (name: string) => boolean;
  /** Module the workers load the legislation from. */
  systemModule?: string;
  /** The workers' script (default: the sources through tsx; compute-bundle.ts builds a faster one). */
  workerScript?: URL;
}

export class UsageError extends Error {}

/**
 * Households per simulation. Small chunks keep each vector in the processor's cache
 * (measured: 2,000 households took about 25 % less CPU than 10,000, 50,000 more still)
 * and bound memory; below about 1,000 the fixed cost per simulation shows. With chunks of
 * like households (lanes), 3,000 measured a little faster than 2,000 on 1M households
 * (medians 9.97 s and 10.2 to 10.5 s; 4,000 and 6,000 no better, more memory).
 */
export const DEFAULT_CHUNK_SIZE = 3_000;

/**
 * Chunks posted to each worker ahead, so that it never waits for this thread: a worker's
 * answers are counted only when this thread yields, between blocks of the file. Measured
 * on 1M households: 4 left the worker idle about 6 % of the time (11.4 to 11.7 s), 8 not
 * (10.7 to 10.8 s), 16 no better.
 */
const WORKER_BACKLOG = 8;
/** Chunks computing, and chunks' worth of lines waiting for them, before reading waits (bounds memory when a chunk lags). */
const MAX_INFLIGHT = 32;
/**
 * The first chunks are small, doubling from WARM_UP_CHUNK households up to the chunk size.
 * V8 optimises a formula with what it saw run; seen in one simulation only, its calls to
 * that simulation's population functions are deoptimised by the next chunk's. Measured
 * on 200,000 households in one thread: 515 optimisations instead of 403, 1.97 s of compiling
 * instead of 1.63 s, 5.58 s instead of 5.03 s in all.
 */
const WARM_UP_CHUNK = 32;
/** Households read after the oldest one of an open chunk, in chunks, before that chunk goes unfilled. */
const REORDER_LIMIT = 16;

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
  if (period.unit !== "month" || period.size !== 1) {
    throw new UsageError(`la période doit être un mois (AAAA-MM), reçu ${options.period}`);
  }
  const unknown = options.variables.filter((v) => !system.hasVariable(v));
  if (unknown.length > 0) throw new UsageError(`variable(s) inconnue(s) : ${unknown.join(", ")}`);
  const notComputed = options.variables.filter((v) => options.notComputed?.(v));
  if (notComputed.length > 0) throw new UsageError(`variable(s) que Zéro ne calcule pas encore : ${notComputed.join(", ")}`);
  if (options.variables.length === 0) throw new UsageError("aucune variable demandée (--variables rsa,ppa,af)");
  return period;
}

/** `zero compute`: a population CSV in, one row of household totals per household out. */
export async function runCompute(system: TaxBenefitSystem, options: ComputeOptions): Promise<ComputeSummary> {
  const period = checkOptions(system, options);
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  const statutNames = new Set(system.variable("statut_occupation_logement").possibleValues!.names);
  const lastDay = period.stop.days;
  const out = createWriteStream(options.output);
  const rejectsPath = options.rejects ?? `${options.output}.rejets.csv`;
  let rejects: NodeJS.WritableStream | undefined;
  const summary: ComputeSummary = { households: 0, rejectedRows: 0, rejectedHouseholds: 0, rejectsFile: undefined };
  const progress = progressBar(statSync(options.input).size, options.progress ? process.stderr : undefined);
  const classify = laneClassifier(period);
  const newChunk = () => new HouseholdChunk(AMOUNT_COLUMNS.length, chunkSize * 3);
  // One open chunk per lane, with the ordinals (input ranks) of its households.
  const lanes = Array.from({ length: LANES }, () => ({ chunk: newChunk(), ordinals: [] as number[] }));
  let nextOrdinal = 0;
  // The size a chunk is sent at: it doubles with each full chunk, from WARM_UP_CHUNK.
  let fullSize = Math.min(chunkSize, WARM_UP_CHUNK);
  const workers = options.systemModule ? (options.workers ?? 0) : 0;
  // The workers' queues are never a reason to wait.
  const maxInflight = MAX_INFLIGHT + workers * WORKER_BACKLOG;
  const pool =
    workers > 0
      ? new ChunkWorkerPool(
          workers,
          { systemModule: options.systemModule!, period: options.period, variables: options.variables },
          WORKER_BACKLOG,
          options.workerScript,
        )
      : undefined;
  // Chunks being computed, in the order they were started; finished ones give their lines
  // to `output`, which releases them in input order.
  interface Inflight {
    ids: string[];
    ordinals: number[];
    results: Promise<Float64Array[]>;
    settled: boolean;
  }
  const inflight: Inflight[] = [];
  const output = new OrderedLines();
  const submit = (ids: string[], ordinals: number[], results: Promise<Float64Array[]>, settled: boolean) => {
    const entry: Inflight = { ids, ordinals, results, settled };
    const settle = () => {
      entry.settled = true;
    };
    if (!settled) results.then(settle, settle);
    inflight.push(entry);
  };
  const seen = new StringSet();

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

  const place = async (entry: Inflight) => {
    const results = await entry.results;
    const { ids, ordinals } = entry;
    for (let i = 0; i < ids.length; i++) {
      let text = csvField(ids[i]!);
      for (const r of results) {
        const x = r[i]!;
        text += x === 0 ? ",0" : "," + String(Math.round(x * 100) / 100);
      }
      output.put(ordinals[i]!, text + "\n");
    }
  };
  const release = async () => {
    const { text, count } = output.take();
    if (count === 0) return;
    await write(out, text);
    summary.households += count;
    progress.households(count);
  };
  // Takes the finished chunks' lines and writes those whose predecessors are all written.
  // Memory stays bounded when a chunk lags (a worker loading the legislation, a busy
  // thread): past maxInflight chunks computing, or maxInflight chunks' worth of lines held
  // behind it, reading waits for the chunk that holds the next line to write.
  const collect = async () => {
    for (let k = inflight.length - 1; k >= 0; k--) if (inflight[k]!.settled) await place(inflight.splice(k, 1)[0]!);
    while (inflight.length > maxInflight) await place(inflight.shift()!);
    await release();
    while (output.held > maxInflight * chunkSize) {
      // No line of a chunk still computing is written: the next line is its first, or in an open lane.
      const k = inflight.findIndex((e) => e.ordinals[0] === output.next);
      if (k < 0) break;
      await place(inflight.splice(k, 1)[0]!);
      await release();
    }
  };
  // A full chunk goes to a worker with room (less than WORKER_BACKLOG chunks to do, one
  // while it loads the legislation); otherwise this thread computes it: every core stays
  // busy, whatever the share of reading, and the workers' start delays little.
  const flush = async (lane: number) => {
    const open = lanes[lane]!;
    const chunk = open.chunk;
    if (chunk.households === 0) return;
    if (pool?.hasRoom()) {
      submit(chunk.ids, open.ordinals, pool.compute(chunk), false);
      open.chunk = newChunk();
    } else {
      submit(chunk.ids, open.ordinals, Promise.resolve(computeChunk(system, chunk, period, options.variables)), true);
      chunk.clear();
      // Let the workers' answers in (they are counted here): a worker's queue is only
      // refilled once this thread has seen it shrink.
      if (pool) await new Promise((resolve) => setImmediate(resolve));
    }
    open.ordinals = [];
    await collect();
  };
  // The open lane whose first household came earliest, if any.
  const oldestLane = (): number | undefined => {
    let best: number | undefined;
    for (let l = 0; l < LANES; l++) {
      const first = lanes[l]!.ordinals[0];
      if (first !== undefined && (best === undefined || first < lanes[best]!.ordinals[0]!)) best = l;
    }
    return best;
  };

  // The rows of one household, kept until the next household starts (row objects are reused).
  let currentId: string | undefined;
  const rows: PersonRow[] = [];
  let rowCount = 0;
  let lines: number[] = [];
  let invalid: { line: number; reason: string } | undefined;
  const rejectHousehold = async (id: string, bad: { line: number; reason: string }, householdLines: number[]) => {
    summary.rejectedHouseholds++;
    for (const line of householdLines) {
      await reject(line, id, line === bad.line ? bad.reason : `foyer écarté (ligne ${bad.line} invalide)`);
    }
  };
  // Returns a promise only when there is I/O to wait for (a rejection, a full chunk).
  const closeHousehold = (): Promise<void> | undefined => {
    if (currentId === undefined) return undefined;
    let adults = 0;
    for (let j = 0; j < rowCount; j++) if (rows[j]!.adult) adults++;
    if (!invalid && adults === 0) invalid = { line: lines[0]!, reason: "foyer sans adulte" };
    if (!invalid && adults > 2) invalid = { line: lines[0]!, reason: `foyer de ${adults} adultes (2 au plus)` };
    let pending: Promise<void> | undefined;
    if (invalid) pending = rejectHousehold(currentId, invalid, lines);
    else {
      const lane = classify(rows, rowCount);
      const open = lanes[lane]!;
      open.chunk.add(currentId, rows, rowCount);
      open.ordinals.push(nextOrdinal++);
      if (open.chunk.households >= fullSize) {
        fullSize = Math.min(chunkSize, fullSize * 2);
        pending = flush(lane);
      } else {
        // A rare lane fills slowly: its households would hold back the output of all
        // those read after them. Past REORDER_LIMIT households, it goes as it is.
        const oldest = oldestLane()!;
        if (nextOrdinal - lanes[oldest]!.ordinals[0]! > chunkSize * REORDER_LIMIT) pending = flush(oldest);
      }
    }
    rowCount = 0;
    lines = [];
    invalid = undefined;
    return pending;
  };

  let header: ReturnType<typeof readHeader> | undefined;
  let parser: PersonRowParser | undefined;
  for await (const block of readLineBlocks(options.input, (n) => progress.bytes(n))) {
    for (let j = 0; j < block.lines.length; j++) {
      const line = block.lines[j]!;
      const number = block.first + j;
      const first = line.charCodeAt(0);
      // Trimmed only when it may be blank (a space, a BOM, a no-break space…).
      if (line.length === 0 || ((first <= 32 || first >= 0x80) && line.trim() === "")) continue;
      if (!header || !parser) {
        header = readHeader(splitCsvLine(line).map((f) => f.replace(/^\uFEFF/, "")));
        if (header.missing.length > 0) throw new UsageError(`colonnes manquantes : ${header.missing.join(", ")}`);
        parser = new PersonRowParser(header.index, statutNames, lastDay);
        continue;
      }
      parser.scan(line);
      const id = parser.householdId();
      if (id !== currentId) {
        const pending = closeHousehold();
        if (pending) await pending;
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
      if (rowCount === rows.length) rows.push(emptyPersonRow());
      try {
        parser.read(rows[rowCount]!, id);
        rowCount++;
      } catch (error) {
        if (!(error instanceof RowError)) throw error;
        invalid ??= { line: number, reason: error.message };
      }
    }
  }
  if (!header) throw new UsageError("fichier vide : la ligne d'en-tête manque");
  await closeHousehold();
  for (let lane = oldestLane(); lane !== undefined; lane = oldestLane()) await flush(lane);
  while (inflight.length > 0) await place(inflight.shift()!);
  await release();
  if (output.held > 0) throw new Error(`${output.held} household lines left unwritten (line ${output.next} missing)`);
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
