// `zero` command line: subcommands dispatch here.
import { BACKUP_USAGE, runBackupCommand } from "./backup-command.ts";
import { COMPUTE_USAGE, runComputeCommand } from "./compute/compute-main.ts";
import { ROTATE_FIELD_KEY_USAGE, runRotateFieldKeyCommand } from "./rotate-field-key-command.ts";
import { runTestCommand } from "./test-command.ts";

const USAGE = `Usage:
  zero test [--system <module>] <files or folders...>
      Runs OpenFisca YAML test cases. The system comes from --system, or $ZERO_SYSTEM,
      or @zero/legislation-fr.
${COMPUTE_USAGE}
${BACKUP_USAGE}
${ROTATE_FIELD_KEY_USAGE}`;

// What the bench runs (through the bundle of this module, as the command line does).
export { DEFAULT_CHUNK_SIZE, runCompute } from "./compute/compute-command.ts";
export { defaultWorkers } from "./compute/compute-main.ts";
export { loadSystem } from "./load-system.ts";

export interface MainOptions {
  /** The bundled chunk worker, when this module runs bundled (compute-bundle.ts). */
  computeWorker?: URL;
}

/** Returns the process exit code. */
export async function main(args: readonly string[], options: MainOptions = {}): Promise<number> {
  const [command, ...rest] = args;
  if (command === "test") return runTestCommand(rest, { out: (l) => console.log(l), err: (l) => console.error(l) });
  if (command === "backup" || command === "restore") {
    return runBackupCommand(command, rest, { out: (l) => console.log(l), err: (l) => console.error(l) });
  }
  if (command === "rotate-field-key") {
    return runRotateFieldKeyCommand(rest, { out: (l) => console.log(l), err: (l) => console.error(l) });
  }
  if (command === "compute") {
    return runComputeCommand(rest, {
      out: (l) => console.log(l),
      err: (l) => console.error(l),
      progress: true,
      ...(options.computeWorker ? { worker: options.computeWorker } : {}),
    });
  }
  console.error(USAGE);
  return command === undefined || command === "--help" || command === "-h" ? 0 : 2;
}
