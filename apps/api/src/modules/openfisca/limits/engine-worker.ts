// One engine worker process of the public OpenFisca API: loads the French model once, then
// computes the jobs the pool sends (worker-pool/pool.ts), one at a time. Its heap is bounded
// by the pool (--max-old-space-size): running out of memory ends this process only.
import { serveJobs } from "../../../worker-pool/protocol.ts";
import { frenchSystem } from "../french-system.ts";
import { openfiscaService } from "../service.ts";

const service = openfiscaService(frenchSystem);
frenchSystem();

serveJobs({
  calculate: (situation) => service.calculate(situation),
  trace: (situation) => service.trace(situation),
});
