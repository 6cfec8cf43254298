import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { AppError } from "../../../errors/app-error.ts";
import { ERROR_CATALOGUE, type ErrorCode } from "../../../errors/catalogue.ts";
import type { EngineLimits } from "./config.ts";
import type { EngineJob, EngineReply } from "./engine-worker.ts";
import { OPENFISCA_ERRORS, openfiscaError } from "../errors.ts";

export type PoolLimits = Pick<EngineLimits, "workers" | "queue" | "timeoutMs" | "workerMemoryMb">;

interface Pending {
  job: EngineJob;
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

const BOOT = fileURLToPath(new URL("./engine-worker-boot.mjs", import.meta.url));

function limitError(bound: string, limit: number): AppError {
  return openfiscaError("OPENFISCA_LIMIT_EXCEEDED", {
    message: `Le calcul dépasse la borne « ${bound} » (au plus ${limit}) : simplifiez la situation ou demandez moins de périodes.`,
    details: { bound, limit },
  });
}

function replyError(message: Extract<EngineReply, { ok: false }>): Error {
  if ("crash" in message) return new Error(`engine worker: ${message.crash}`);
  const extraBody = message.extraBody as Record<string, unknown> | undefined;
  const options = { message: message.message, details: message.details, ...(extraBody ? { extraBody } : {}) };
  // The worker sends a code of the platform's catalogue or of this module's.
  const spec = Object.hasOwn(OPENFISCA_ERRORS, message.code)
    ? OPENFISCA_ERRORS[message.code as keyof typeof OPENFISCA_ERRORS]
    : ERROR_CATALOGUE[message.code as ErrorCode];
  return spec ? new AppError(message.code, options, spec) : new Error(`engine worker: unknown error code ${message.code}`);
}

/**
 * The public engine's computations, off the API's process: a fixed set of worker processes
 * (started at the first request), each with a bounded heap, one job at a time, a time limit
 * per job (the process is killed and replaced, as gunicorn's timeout does for OpenFisca),
 * and a bounded queue (503 beyond it). Processes, not threads: a worker thread's heap limit
 * is best effort, and some allocations abort the whole process (nodejs/node#47224); a child
 * process that runs out of memory ends alone. The API's event loop, where the by-name list
 * and the logins are served, only sends and receives.
 */
export function enginePool(limits: PoolLimits) {
  const slots: Slot[] = [];
  const queue: Pending[] = [];
  let nextId = 1;
  let closed = false;
  /** Workers that died before loading the model, in a row: beyond 3, no more are started. */
  let bootFailures = 0;

  function spawn(): Slot {
    const child = fork(BOOT, [], {
      execArgv: [`--max-old-space-size=${limits.workerMemoryMb}`],
      serialization: "advanced",
      stdio: ["ignore", "ignore", "ignore", "ipc"],
    });
    const slot: Slot = { child, ready: false, killedFor: undefined, current: undefined };
    child.on("message", (message: EngineReply | { ready: true }) => {
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
      else done.reject(replyError(message));
      pump();
    });
    child.on("error", () => kill(slot, new Error("engine worker failed")));
    child.on("exit", () => {
      // Killed for its time, or dead by itself while computing: out of memory.
      finish(slot, slot.killedFor ?? limitError("mémoire du calcul (Mio)", limits.workerMemoryMb));
      if (!slot.ready) bootFailures += 1;
      const index = slots.indexOf(slot);
      if (index === -1 || closed) return;
      if (bootFailures >= 3) {
        slots.splice(index, 1);
        for (const pending of queue.splice(0)) pending.reject(new Error("engine workers cannot start"));
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
      const timer = setTimeout(() => kill(slot, limitError("durée du calcul (ms)", limits.timeoutMs)), limits.timeoutMs);
      slot.current = { ...next, timer };
      slot.child.send(next.job);
    }
  }

  return {
    run(kind: EngineJob["kind"], situation: unknown): Promise<unknown> {
      if (closed || queue.length >= limits.queue) return Promise.reject(openfiscaError("OPENFISCA_BUSY"));
      if (slots.length === 0) for (let i = 0; i < limits.workers; i++) slots.push(spawn());
      return new Promise((resolve, reject) => {
        queue.push({ job: { id: nextId++, kind, situation }, resolve, reject });
        pump();
      });
    },

    /** Jobs computing and waiting. */
    load(): { busy: number; waiting: number; workers: number } {
      return { busy: slots.filter((s) => s.current).length, waiting: queue.length, workers: slots.length };
    },

    async close(): Promise<void> {
      closed = true;
      for (const pending of queue.splice(0)) pending.reject(openfiscaError("OPENFISCA_BUSY"));
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

export type EnginePool = ReturnType<typeof enginePool>;
