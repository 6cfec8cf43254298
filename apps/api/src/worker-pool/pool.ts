import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { AppError } from "../errors/app-error.ts";
import { ERROR_CATALOGUE, type ErrorCode, type ErrorTable } from "../errors/catalogue.ts";
import type { WorkerJob, WorkerReply } from "./protocol.ts";

export interface PoolLimits {
  /** Worker processes, started at the first job. */
  workers: number;
  /** Jobs waiting for a worker before `busy()` is thrown. */
  queue: number;
  /** Computing time of one job before its worker is killed and replaced. */
  timeoutMs: number;
  /** Old-generation heap of each worker, in MiB (--max-old-space-size). */
  workerMemoryMb: number;
}

export interface PoolOptions {
  /** The module's worker file: it calls `serveJobs` (protocol.ts) with its handlers. */
  worker: URL;
  limits: PoolLimits;
  /** The module's errors, which its workers may throw (the platform's are known too). */
  errors: ErrorTable;
  /** The error of a full queue (503 with Retry-After, the module's code). */
  busy: () => AppError;
  /** The error of a bound crossed while computing: « durée du calcul (ms) », « mémoire du calcul (Mio) ». */
  limitExceeded: (bound: string, limit: number) => AppError;
}

interface Pending {
  job: WorkerJob;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

interface Slot {
  child: ChildProcess;
  ready: boolean;
  /** Set when the pool stopped the process itself (time limit): its exit is expected. */
  killedFor: AppError | undefined;
  current: (Pending & { timer: NodeJS.Timeout }) | undefined;
}

const BOOT = fileURLToPath(new URL("./boot.mjs", import.meta.url));

function replyError(message: Extract<WorkerReply, { ok: false }>, errors: ErrorTable): Error {
  if ("crash" in message) return new Error(`worker: ${message.crash}`);
  const extraBody = message.extraBody as Record<string, unknown> | undefined;
  const options = { message: message.message, details: message.details, ...(extraBody ? { extraBody } : {}) };
  // The worker sends a code of the platform's catalogue or of its module's.
  const spec = Object.hasOwn(errors, message.code) ? errors[message.code] : ERROR_CATALOGUE[message.code as ErrorCode];
  return spec ? new AppError(message.code, options, spec) : new Error(`worker: unknown error code ${message.code}`);
}

/**
 * A module's computations, off the API's process (ADR 0017, 0028): a fixed set of worker processes
 * (started at the first request), each with a bounded heap, one job at a time, a time limit
 * per job (the process is killed and replaced, as gunicorn's timeout does for OpenFisca),
 * and a bounded queue (503 beyond it). Processes, not threads: a worker thread's heap limit
 * is best effort, and some allocations abort the whole process (nodejs/node#47224); a child
 * process that runs out of memory ends alone. The API's event loop, where the by-name list
 * and the logins are served, only sends and receives.
 */
export function workerPool(options: PoolOptions) {
  const { limits } = options;
  const slots: Slot[] = [];
  const queue: Pending[] = [];
  let nextId = 1;
  let closed = false;
  /** Workers that died before loading the model, in a row: beyond 3, no more are started. */
  let bootFailures = 0;

  function spawn(): Slot {
    const child = fork(BOOT, [options.worker.href], {
      execArgv: [`--max-old-space-size=${limits.workerMemoryMb}`],
      serialization: "advanced",
      stdio: ["ignore", "ignore", "ignore", "ipc"],
    });
    const slot: Slot = { child, ready: false, killedFor: undefined, current: undefined };
    child.on("message", (message: WorkerReply | { ready: true }) => {
      if ("ready" in message) {
        slot.ready = true;
        bootFailures = 0;
        return pump();
      }
      const done = slot.current;
      if (!done || done.job.id !== message.id) return;
      clearTimeout(done.timer);
      slot.current = undefined;
      if (message.ok) done.resolve(message.result);
      else done.reject(replyError(message, options.errors));
      pump();
    });
    child.on("error", () => kill(slot, new Error("worker failed")));
    child.on("exit", () => {
      // Killed for its time, or dead by itself while computing: out of memory.
      finish(slot, slot.killedFor ?? options.limitExceeded("mémoire du calcul (Mio)", limits.workerMemoryMb));
      if (!slot.ready) bootFailures += 1;
      const index = slots.indexOf(slot);
      if (index === -1 || closed) return;
      if (bootFailures >= 3) {
        slots.splice(index, 1);
        for (const pending of queue.splice(0)) pending.reject(new Error("workers cannot start"));
        return;
      }
      slots[index] = spawn();
    });
    return slot;
  }

  function finish(slot: Slot, error: Error): void {
    const current = slot.current;
    if (!current) return;
    clearTimeout(current.timer);
    slot.current = undefined;
    current.reject(error);
  }

  function kill(slot: Slot, reason: AppError | Error): void {
    if (reason instanceof AppError) slot.killedFor = reason;
    finish(slot, reason);
    slot.child.kill("SIGKILL");
  }

  function pump(): void {
    for (const slot of slots) {
      if (!slot.ready || slot.current || slot.killedFor || queue.length === 0) continue;
      const next = queue.shift()!;
      const timer = setTimeout(() => kill(slot, options.limitExceeded("durée du calcul (ms)", limits.timeoutMs)), limits.timeoutMs);
      slot.current = { ...next, timer };
      slot.child.send(next.job);
    }
  }

  return {
    run(kind: string, payload: unknown): Promise<unknown> {
      if (closed || queue.length >= limits.queue) return Promise.reject(options.busy());
      if (slots.length === 0) for (let i = 0; i < limits.workers; i++) slots.push(spawn());
      return new Promise((resolve, reject) => {
        queue.push({ job: { id: nextId++, kind, payload }, resolve, reject });
        pump();
      });
    },

    /** Jobs computing and waiting. */
    load(): { busy: number; waiting: number; workers: number } {
      return { busy: slots.filter((s) => s.current).length, waiting: queue.length, workers: slots.length };
    },

    async close(): Promise<void> {
      closed = true;
      for (const pending of queue.splice(0)) pending.reject(options.busy());
      await Promise.all(
        slots.splice(0).map(
          (slot) =>
            new Promise<void>((done) => {
              if (slot.child.exitCode !== null || slot.child.signalCode !== null) return done();
              slot.child.once("exit", () => done());
              slot.child.kill("SIGKILL");
            }),
        ),
      );
    },
  };
}

export type WorkerPool = ReturnType<typeof workerPool>;
