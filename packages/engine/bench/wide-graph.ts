// Benchmark: a synthetic graph closer to RSA + prime d'activité + AF in size: 40 person
// variables and 40 famille variables per month, a quarter of them read over the 3
// previous months ("add"), all asked for one month. Run:
//   npx tsx packages/engine/bench/wide-graph.ts [households] [variablesPerEntity]
import {
  Simulation,
  createTaxBenefitSystem,
  defineEntities,
  defineVariable,
  parameterTreeFromObject,
  type Variable,
} from "../src/index.ts";

const households = Number(process.argv[2] ?? 1_000_000);
const depth = Number(process.argv[3] ?? 40);

const entities = defineEntities({
  person: { key: "individu", plural: "individus" },
  groups: [
    {
      key: "famille",
      plural: "familles",
      roles: [
        { key: "parent", plural: "parents", max: 2, subroles: ["demandeur", "conjoint"] },
        { key: "enfant", plural: "enfants" },
      ],
    },
  ],
});
const reference = "bench";
const variables: Variable[] = [
  defineVariable({
    name: "salaire",
    entity: "individu",
    valueType: "float",
    definitionPeriod: "month",
    label: "s",
    reference,
    setInputPolicy: "divideByPeriod",
  }),
];
for (let k = 0; k < depth; k++) {
  variables.push(
    defineVariable({
      name: `p${k}`,
      entity: "individu",
      valueType: "float",
      definitionPeriod: "month",
      label: "p",
      reference,
      formulas: {
        "2000-01-01": ({ individu, period, parameters }) => {
          const rate: number = parameters(period).rate;
          const s = individu("salaire", period);
          const prev = k > 0 ? individu(`p${k - 1}`, period) : s;
          const out = new Float64Array(individu.count);
          for (let i = 0; i < out.length; i++) out[i] = prev[i]! * rate + s[i]! * 0.01;
          return out;
        },
      },
    }),
    defineVariable({
      name: `f${k}`,
      entity: "famille",
      valueType: "float",
      definitionPeriod: "month",
      label: "f",
      reference,
      formulas: {
        "2000-01-01": ({ famille, period }) => {
          const own = famille.sum(famille.members(`p${k}`, period), "parent");
          const back = k % 4 === 0 ? famille.sum(famille.members(`p${k}`, period.lastThreeMonths, "add")) : undefined;
          const prev = k > 0 ? famille(`f${k - 1}`, period) : undefined;
          const out = new Float64Array(famille.count);
          for (let i = 0; i < out.length; i++) {
            out[i] = Math.max(0, own[i]! + (back ? back[i]! / 3 : 0) - (prev ? prev[i]! * 0.5 : 0));
          }
          return out;
        },
      },
    }),
  );
}
const system = createTaxBenefitSystem({
  entities,
  variables,
  parameters: parameterTreeFromObject({ rate: { "2000-01-01": 0.97 } }),
});

let seed = 7;
const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
const groups: number[] = [];
const roles: number[] = [];
for (let h = 0; h < households; h++) {
  const size = 1 + Math.floor(rand() * 3.99);
  for (let p = 0; p < size; p++) {
    groups.push(h);
    roles.push(Math.min(p, 2));
  }
}
const persons = groups.length;
const t0 = performance.now();
const sim = new Simulation(system, {
  counts: { individu: persons, famille: households },
  memberships: { famille: { group: Int32Array.from(groups), role: Int32Array.from(roles) } },
});
sim.setInput(
  "salaire",
  "2024",
  Float64Array.from({ length: persons }, () => (rand() < 0.6 ? rand() * 30000 : 0)),
);
const result = sim.calculate(`f${depth - 1}`, "2024-06");
const t1 = performance.now();
let total = 0;
for (let i = 0; i < result.length; i++) total += result[i] as number;
const usage = sim.memoryUsage();
console.log(
  JSON.stringify({
    households,
    persons,
    variablesPerEntity: depth,
    computeMs: Math.round(t1 - t0),
    total: Math.round(total),
    cacheMB: Math.round(usage.cacheBytes / 2 ** 20),
    rssMB: Math.round(process.memoryUsage().rss / 2 ** 20),
  }),
);
