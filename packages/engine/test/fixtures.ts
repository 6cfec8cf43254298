// A 6-person, 3-famille population shared by simulation tests.
import { Simulation, type SimulationOptions } from "../src/index.ts";
import { toySystem } from "./toy-system.ts";

// famille 0: persons 0 (demandeur), 1 (conjoint), 2 (enfant)
// famille 1: person 3 (demandeur, alone)
// famille 2: persons 4 (demandeur), 5 (enfant)
export function sixPersons(options: SimulationOptions = {}): Simulation {
  const group = Int32Array.from([0, 0, 0, 1, 2, 2]);
  const role = Int32Array.from([0, 1, 2, 0, 0, 2]);
  return new Simulation(
    toySystem(),
    {
      counts: { individu: 6, famille: 3, foyer_fiscal: 3, menage: 3 },
      memberships: {
        famille: { group, role },
        foyer_fiscal: { group, role },
        menage: { group, role },
      },
    },
    options,
  );
}
