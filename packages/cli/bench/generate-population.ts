// A synthetic, seeded population in the batch format (docs/batch-format.md): mixed
// households (singles, couples, 0 to 4 children, renters, owners, hosted, workers,
// unemployed, retirees). Entirely fictional; the same seed gives the same file.
import { createWriteStream } from "node:fs";
import { once } from "node:events";

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HEADER =
  "household_id,role,date_naissance,salaire_de_base,salaire_net,salaire_imposable,chomage_net,chomage_imposable," +
  "retraite_brute,retraite_nette,retraite_imposable,pensions_alimentaires_percues,handicap,taux_incapacite," +
  "statut_occupation_logement,loyer,depcom";
const STATUTS = ["locataire_vide", "locataire_hlm", "locataire_meuble", "proprietaire", "loge_gratuitement"];
const DEPCOMS = ["13201", "13203", "13213", "13215", "13055", "13001", "75056", "69123", "59350", "97411"];

export async function generatePopulation(path: string, households: number, seed = 42, year = 2025): Promise<number> {
  const random = mulberry32(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const out = createWriteStream(path);
  let buffer = HEADER + "\n";
  let persons = 0;
  // Born so as to be `age` completed years old on the first of April of `year`.
  const date = (age: number) => {
    const m = 1 + Math.floor(random() * 12);
    const y = m <= 3 ? year - age : year - age - 1;
    const d = 1 + Math.floor(random() * 28);
    return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  };
  const money = (x: number) => (Math.round(x * 100) / 100).toString();
  for (let h = 0; h < households; h++) {
    const id = `F${h}`;
    const adults = random() < 0.45 ? 2 : 1;
    const children = random() < 0.5 ? 0 : Math.floor(random() * 5);
    const statut = pick(STATUTS);
    const loyer = statut.startsWith("locataire") ? money(300 + random() * 700) : "0";
    const depcom = pick(DEPCOMS);
    for (let a = 0; a < adults; a++) {
      const age = 18 + Math.floor(random() * 70);
      const situation = random();
      let salaire = 0;
      let chomage = 0;
      let retraite = 0;
      if (age >= 63 && situation < 0.8) retraite = 700 + random() * 1800;
      else if (situation < 0.55) salaire = random() < 0.3 ? random() * 1200 : 1200 + random() * 2800;
      else if (situation < 0.75) chomage = 500 + random() * 1200;
      const net = salaire;
      const brut = net / 0.78;
      const handicap = random() < 0.05 ? 1 : 0;
      buffer +=
        `${id},adult,${date(age)},${money(brut)},${money(net)},${money(net * 1.02)},${money(chomage)},${money(chomage * 1.05)},` +
        `${money(retraite / 0.9)},${money(retraite)},${money(retraite * 1.05)},${random() < 0.05 ? money(100 + random() * 300) : "0"},` +
        `${handicap},${handicap ? (0.5 + random() * 0.4).toFixed(2) : "0"},${statut},${loyer},${depcom}\n`;
      persons++;
    }
    for (let c = 0; c < children; c++) {
      buffer += `${id},child,${date(Math.floor(random() * 20))},0,0,0,0,0,0,0,0,0,0,0,${statut},${loyer},${depcom}\n`;
      persons++;
    }
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, "drain");
      buffer = "";
    }
  }
  out.write(buffer);
  out.end();
  await once(out, "finish");
  return persons;
}

// `tsx generate-population.ts out.csv 10000 [seed]`
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop()!)) {
  const [path, count, seed] = process.argv.slice(2);
  if (!path || !count) {
    console.error("usage: generate-population.ts <out.csv> <households> [seed]");
    process.exit(2);
  }
  const persons = await generatePopulation(path, Number(count), seed ? Number(seed) : 42);
  console.error(`${count} foyers, ${persons} personnes → ${path}`);
}
