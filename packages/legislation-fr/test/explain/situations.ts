// Fictional situations (OpenFisca JSON, as /calculate receives them) for the explanation tests.
import { simulationFromSituation, type ChangeableInput, type TaxBenefitSystem } from "@zero/engine";

export const PERIOD = "2025-06";
/** The reference quarter of June's RSA and prime d'activité. */
export const QUARTER = ["2025-03", "2025-04", "2025-05"];

const monthly = (amount: number) => Object.fromEntries([...QUARTER, PERIOD].map((m) => [m, amount]));

/** A tenant living alone, with the same net salary each month. */
export function single(salary: number, birth = "1990-05-12") {
  return {
    individus: { alice: { date_naissance: { ETERNITY: birth }, salaire_net: monthly(salary) } },
    familles: { famille: { parents: ["alice"] } },
    menages: { menage: { personne_de_reference: ["alice"], statut_occupation_logement: { [PERIOD]: "locataire_vide" } } },
    foyers_fiscaux: { foyer: { declarants: ["alice"], personnes_a_charge: [] } },
  };
}

/** A couple of tenants with `children` children (born 2012, 2013…), each parent with a salary. */
export function couple(children: number, salaries: [number, number] = [2000, 1500]) {
  const kids = Array.from({ length: children }, (_, i) => `enfant${i + 1}`);
  return {
    individus: {
      alice: { date_naissance: { ETERNITY: "1985-01-01" }, salaire_net: monthly(salaries[0]) },
      bruno: { date_naissance: { ETERNITY: "1984-01-01" }, salaire_net: monthly(salaries[1]) },
      ...Object.fromEntries(kids.map((id, i) => [id, { date_naissance: { ETERNITY: `${2012 + i}-03-01` } }])),
    },
    familles: { famille: { parents: ["alice", "bruno"], enfants: kids } },
    menages: {
      menage: {
        personne_de_reference: ["alice"],
        conjoint: ["bruno"],
        enfants: kids,
        statut_occupation_logement: { [PERIOD]: "locataire_vide" },
      },
    },
    foyers_fiscaux: { foyer: { declarants: ["alice", "bruno"], personnes_a_charge: kids } },
  };
}

/** A person's net salary over the reference quarter, searched between 0 and 4 000 € a month. */
export function salaryOf(id: string): ChangeableInput {
  return { variable: "salaire_net", entity: "individus", id, periods: QUARTER, min: 0, max: 4000 };
}

/** The situation with that person's salary of the quarter set to `salary`. */
export function withSalary<S extends { individus: Record<string, { salaire_net: Record<string, number> }> }>(
  situation: S,
  id: string,
  salary: number,
): S {
  const copy = structuredClone(situation);
  for (const m of QUARTER) copy.individus[id]!.salaire_net[m] = salary;
  return copy;
}

/** What /calculate answers: the variable of the first famille for the period. */
export function calculate(system: TaxBenefitSystem, situation: unknown, variable: string): number {
  return Number(simulationFromSituation(system, situation).simulation.calculate(variable, PERIOD)[0]);
}
