// `zero` command line: subcommands dispatch here.
import { COMPUTE_USAGE, runComputeCommand } from "./compute/compute-main.ts";
import { runTestCommand } from "./test-command.ts";

const USAGE = `Usage:
  zero test [--system <module>] <files or folders...>
      Runs OpenFisca YAML test cases. The system comes from --system, or $ZERO_SYSTEM,
      or @zero/legislation-fr.
${COMPUTE_USAGE}`;

/** Returns the process exit code. */
export async function main(args: readonly string[]): Promise<number> {
  const [command, ...rest] = args;
  if (command === "test") return runTestCommand(rest, { out: (l) => console.log(l), err: (l) => console.error(l) });
  if (command === "compute") {
    return runComputeCommand(rest, { out: (l) => console.log(l), err: (l) => console.error(l), progress: true });
  }
  console.error(USAGE);
  return command === undefined || command === "--help" || command === "-h" ? 0 : 2;
}
