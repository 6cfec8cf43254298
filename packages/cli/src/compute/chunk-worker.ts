// A worker thread that computes chunks with its own copy of the legislation.
import { parentPort, workerData } from "node:worker_threads";
import { parsePeriod } from "@zero/engine";
import { loadSystem } from "../load-system.ts";
import { computeChunk } from "./compute-chunk.ts";
import { HouseholdChunk } from "./household-chunk.ts";

const { systemModule, period, variables } = workerData as { systemModule: string; period: string; variables: string[] };
const system = await loadSystem(systemModule);
const parsed = parsePeriod(period);

parentPort!.on("message", (message: { id: number; chunk: HouseholdChunk }) => {
  const chunk = Object.assign(Object.create(HouseholdChunk.prototype) as HouseholdChunk, message.chunk);
  const results = computeChunk(system, chunk, parsed, variables);
  parentPort!.postMessage(
    { id: message.id, results },
    results.map((r) => r.buffer as ArrayBuffer),
  );
});
parentPort!.postMessage({ ready: true });
