// One engine worker process: loads the French model once, then computes the jobs that
// engine-pool.ts sends, one at a time. Its heap is bounded by the pool (--max-old-space-size):
// running out of memory ends this process only.
import { AppError } from "../../../errors/app-error.ts";
import { frenchSystem } from "../french-system.ts";
import { openfiscaService } from "../service.ts";

export interface EngineJob {
  id: number;
  kind: "calculate" | "trace";
  situation: unknown;
}

export type EngineReply =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; code: string; message: string; details: unknown; extraBody: unknown }
  | { id: number; ok: false; crash: string };

const service = openfiscaService(frenchSystem);
frenchSystem();

const send = (message: EngineReply | { ready: true }) => process.send?.(message);

process.on("message", (job: EngineJob) => {
  let reply: EngineReply;
  try {
    const result = job.kind === "trace" ? service.trace(job.situation) : service.calculate(job.situation);
    reply = { id: job.id, ok: true, result };
  } catch (error) {
    reply =
      error instanceof AppError
        ? { id: job.id, ok: false, code: error.code, message: error.message, details: error.details, extraBody: error.extraBody }
        : { id: job.id, ok: false, crash: error instanceof Error ? error.name : "unknown" };
  }
  send(reply);
});
// The pool gone (the API stopped or crashed), the worker goes too.
process.on("disconnect", () => process.exit(0));
send({ ready: true });
