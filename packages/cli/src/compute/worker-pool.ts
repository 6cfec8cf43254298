import { Worker } from "node:worker_threads";
import type { HouseholdChunk } from "./household-chunk.ts";

interface Pending {
  resolve: (results: Float64Array[]) => void;
  reject: (error: Error) => void;
}

/**
 * Worker threads that each hold the legislation and compute whole chunks; the main thread
 * keeps reading the CSV meanwhile. Results come back per chunk, in submission order.
 */
export class ChunkWorkerPool {
  readonly #workers: Worker[] = [];
  readonly #idle: Worker[] = [];
  readonly #queue: { id: number; chunk: HouseholdChunk }[] = [];
  readonly #pending = new Map<number, Pending>();
  #nextId = 0;
  #ready: Promise<unknown>;

  constructor(size: number, data: { systemModule: string; period: string; variables: string[] }) {
    const url = new URL("./chunk-worker-boot.mjs", import.meta.url);
    const readies: Promise<void>[] = [];
    for (let i = 0; i < size; i++) {
      const worker = new Worker(url, { workerData: data });
      readies.push(
        new Promise((resolve, reject) => {
          worker.once("error", reject);
          worker.once("message", () => resolve());
        }),
      );
      worker.on("message", (m: { id?: number; results?: Float64Array[] }) => {
        if (m.id === undefined) return;
        this.#pending.get(m.id)?.resolve(m.results!);
        this.#pending.delete(m.id);
        this.#idle.push(worker);
        this.#pump();
      });
      worker.on("error", (error) => {
        for (const p of this.#pending.values()) p.reject(error);
        this.#pending.clear();
      });
      this.#workers.push(worker);
    }
    this.#ready = Promise.all(readies).then(() => {
      this.#idle.push(...this.#workers);
      this.#pump();
    });
  }

  compute(chunk: HouseholdChunk): Promise<Float64Array[]> {
    const id = this.#nextId++;
    const promise = new Promise<Float64Array[]>((resolve, reject) => this.#pending.set(id, { resolve, reject }));
    this.#queue.push({ id, chunk });
    void this.#ready.then(() => this.#pump());
    return promise;
  }

  #pump(): void {
    while (this.#idle.length > 0 && this.#queue.length > 0) {
      const worker = this.#idle.pop()!;
      const job = this.#queue.shift()!;
      const c = job.chunk;
      const transfer = [c.household, c.rank, c.birthDays, c.handicap, c.tauxIncapacite, ...c.amounts].map(
        (a) => a.buffer as ArrayBuffer,
      );
      worker.postMessage({ id: job.id, chunk: { ...c } }, transfer);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.#workers.map((w) => w.terminate()));
  }
}
