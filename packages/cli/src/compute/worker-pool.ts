import { Worker } from "node:worker_threads";
import type { HouseholdChunk } from "./household-chunk.ts";

interface Pending {
  resolve: (results: Float64Array[]) => void;
  reject: (error: Error) => void;
}

interface Slot {
  readonly worker: Worker;
  /** The worker has loaded the legislation. */
  ready: boolean;
  /** Chunks sent to this worker and not yet answered. */
  jobs: number;
}

/**
 * Worker threads that each hold the legislation and compute whole chunks; the main thread
 * keeps reading the CSV meanwhile. A chunk is posted at once to the least busy
 * worker (a worker queues its messages, so it never waits for the main thread between
 * two chunks, even while the main thread computes a chunk itself). Each chunk's promise
 * resolves with its results; the caller keeps the input order.
 */
export class ChunkWorkerPool {
  readonly #slots: Slot[] = [];
  readonly #pending = new Map<number, Pending>();
  readonly #backlog: number;
  #nextId = 0;
  #failure: Error | undefined;

  /**
   * `backlog`: chunks a ready worker may have to do (posted ahead, so that it never waits).
   * `script`: the worker (default: chunk-worker.ts through tsx).
   */
  constructor(
    size: number,
    data: { systemModule: string; period: string; variables: string[] },
    backlog = 4,
    script: URL = new URL("./chunk-worker-boot.mjs", import.meta.url),
  ) {
    this.#backlog = backlog;
    const url = script;
    for (let i = 0; i < size; i++) {
      const slot: Slot = { worker: new Worker(url, { workerData: data }), ready: false, jobs: 0 };
      slot.worker.on("message", (m: { id?: number; results?: Float64Array[] }) => {
        if (m.id === undefined) {
          slot.ready = true; // the "ready" message
          return;
        }
        slot.jobs--;
        this.#pending.get(m.id)?.resolve(m.results!);
        this.#pending.delete(m.id);
      });
      slot.worker.on("error", (error) => this.#fail(error));
      slot.worker.on("exit", (code) => {
        if (slot.jobs > 0) this.#fail(new Error(`a compute worker stopped (exit code ${code}) with chunks to compute`));
      });
      this.#slots.push(slot);
    }
  }

  /**
   * The least busy worker with room for a chunk, if any. A worker still loading the
   * legislation takes one chunk only: the caller computes the others meanwhile, and a
   * small file does not wait for workers to start.
   */
  #free(): Slot | undefined {
    let best: Slot | undefined;
    for (const s of this.#slots) {
      if (s.jobs < (s.ready ? this.#backlog : 1) && (!best || s.jobs < best.jobs)) best = s;
    }
    return best;
  }

  /** Whether a worker has room for a chunk (a failed pool always has: compute() reports the failure). */
  hasRoom(): boolean {
    return this.#failure !== undefined || this.#free() !== undefined;
  }

  /** Posts the chunk (its typed arrays are transferred: the chunk is unusable afterwards). */
  compute(chunk: HouseholdChunk): Promise<Float64Array[]> {
    if (this.#failure) return Promise.reject(this.#failure);
    let slot = this.#free();
    if (slot === undefined) {
      slot = this.#slots[0]!;
      for (const s of this.#slots) if (s.jobs < slot.jobs) slot = s;
    }
    const id = this.#nextId++;
    const promise = new Promise<Float64Array[]>((resolve, reject) => this.#pending.set(id, { resolve, reject }));
    slot.jobs++;
    const transfer = [chunk.household, chunk.rank, chunk.birthDays, chunk.handicap, chunk.tauxIncapacite, ...chunk.amounts].map(
      (a) => a.buffer as ArrayBuffer,
    );
    // The worker needs no household ids (results come back in chunk order).
    slot.worker.postMessage({ id, chunk: { ...chunk, ids: [] } }, transfer);
    return promise;
  }

  #fail(error: Error): void {
    this.#failure ??= error;
    for (const p of this.#pending.values()) p.reject(error);
    this.#pending.clear();
  }

  async close(): Promise<void> {
    await Promise.all(this.#slots.map((s) => s.worker.terminate()));
  }
}
