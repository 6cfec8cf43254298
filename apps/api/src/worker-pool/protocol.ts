// What a worker pool (pool.ts) and its worker processes say to each other, and the loop a
// worker runs (`serveJobs`): a module's worker file lists its job handlers and calls it.
import { AppError } from "../errors/app-error.ts";

export interface WorkerJob {
  id: number;
  kind: string;
  payload: unknown;
}

export type WorkerReply =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; code: string; message: string; details: unknown; extraBody: unknown }
  | { id: number; ok: false; crash: string };

/**
 * Runs in a worker process: answers each job with its handler's result, or the AppError it
 * threw (code, message, details: the client's 4xx), or only the name of any other error
 * (no stack nor data crosses back). Leaves when the pool goes.
 */
export function serveJobs(handlers: Readonly<Record<string, (payload: unknown) => unknown>>): void {
  const send = (message: WorkerReply | { ready: true }) => process.send?.(message);
  process.on("message", (job: WorkerJob) => {
    let reply: WorkerReply;
    try {
      const handler = handlers[job.kind];
      if (!handler) throw new Error(`no handler for ${job.kind}`);
      reply = { id: job.id, ok: true, result: handler(job.payload) };
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
}
