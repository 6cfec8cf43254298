// Benchmark: the test legislation's formula graph (socle, 3-month resources, a housing
// aid in a spiral with the benefit, a yearly tax scale, enum and date reads) on a large
// population. Run: npx tsx packages/engine/bench/toy-graph.ts [households]
import { Simulation } from "../src/index.ts";
import { toySystem } from "../test/toy-system.ts";

const households = Number(process.argv[2] ?? 1_000_000);

// Deterministic pseudo-random composition: 1-2 parents, 0-3 children (≈2.5 persons).
let seed = 42;
const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;

const t0 = performance.now();
const groupList: number[] = [];
const roleList: number[] = [];
for (let h = 0; h < households; h++) {
  const parents = rand() < 0.5 ? 1 : 2;
  const children = Math.floor(rand() * 3.99);
  for (let p = 0; p < parents; p++) {
    groupList.push(h);
    roleList.push(p); // demandeur, conjoint
  }
  for (let c = 0; c < children; c++) {
    groupList.push(h);
    roleList.push(2); // enfant
  }
}
const persons = groupList.length;
const group = Int32Array.from(groupList);
const role = Int32Array.from(roleList);
const sim = new Simulation(toySystem(), {
  counts: { individu: persons, famille: households, foyer_fiscal: households, menage: households },
  memberships: { famille: { group, role }, foyer_fiscal: { group, role }, menage: { group, role } },
});
const salaires = new Float64Array(persons);
for (let i = 0; i < persons; i++) salaires[i] = role[i] === 2 ? 0 : rand() < 0.6 ? Math.floor(rand() * 30000) : 0;
const births = new Int32Array(persons);
for (let i = 0; i < persons; i++) births[i] = role[i] === 2 ? 15000 + Math.floor(rand() * 5000) : Math.floor(rand() * 12000);
const statut = new Int32Array(households);
for (let h = 0; h < households; h++) statut[h] = Math.floor(rand() * 3);
const t1 = performance.now();

sim.setInput("salaire_net", "2021", salaires);
sim.setInput("date_naissance", "ETERNITY", births);
sim.setInput("statut_occupation", "2021", statut);
const t2 = performance.now();

let total = 0;
const rsa = sim.calculate("rsa", "2021-06");
for (let i = 0; i < rsa.length; i++) total += rsa[i]!;
const perPerson = sim.calculate("rsa_individu", "2021-06");
const ages = sim.calculate("age", "2021-06");
const forfait = sim.calculate("forfait_logement", "2021-06");
const impot = sim.calculate("impot", "2021");
const t3 = performance.now();

const mem = process.memoryUsage();
console.log(
  JSON.stringify(
    {
      households,
      persons,
      buildPopulationMs: Math.round(t1 - t0),
      setInputMs: Math.round(t2 - t1),
      computeMs: Math.round(t3 - t2),
      rsaTotal: Math.round(total),
      checks: [perPerson.length, ages[0], forfait.length, impot.length],
      rssMB: Math.round(mem.rss / 2 ** 20),
      heapUsedMB: Math.round(mem.heapUsed / 2 ** 20),
      arrayBuffersMB: Math.round(mem.arrayBuffers / 2 ** 20),
    },
    null,
    1,
  ),
);
