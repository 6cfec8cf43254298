// One worker process of Mes droits (worker-pool/pool.ts, decision 0028): loads the French model
// once, then explains and questions, one job at a time, off the API's event loop.
import { serveJobs } from "../../worker-pool/protocol.ts";
import { frenchSystem } from "../openfisca/french-system.ts";
import { explainJob, type ExplainRequest } from "./explain-job.ts";
import { nextJob, type NextRequest } from "./next-job.ts";

frenchSystem();

serveJobs({
  explain: (payload) => explainJob(frenchSystem(), payload as ExplainRequest),
  next: (payload) => nextJob(frenchSystem(), payload as NextRequest),
});
