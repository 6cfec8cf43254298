import { defineEnum } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeEducation } from "../../src/legal-references.ts";

export const TypesClasse = defineEnum("TypesClasse", {
  cap_1: "Première année de CAP",
  cap_2: "Deuxième année de CAP",
  seconde: "Seconde",
  premiere: "Première",
  terminale: "Terminale",
  bts_1: "Première année de BTS",
  bts_2: "Deuxième année de BTS",
  cpge_1: "Première année de CPGE",
  cpge_2: "Deuxième année de CPGE",
  but_1: "Première année de BUT",
  but_2: "Deuxième année de BUT",
  but_3: "Troisième année de BUT",
  licence_1: "Première année de licence",
  licence_2: "Deuxième année de licence",
  licence_3: "Troisième année de licence",
  master_1: "Première année de master",
  master_2: "Deuxième année de master",
  doctorat_1: "Première année de doctorat",
  doctorat_2: "Deuxième année de doctorat",
  doctorat_3: "Troisième année de doctorat",
  autre: "Autre",
});

export const annee_etude = defineVariable({
  name: "annee_etude",
  entity: "individu",
  valueType: "enum",
  definitionPeriod: "month",
  possibleValues: TypesClasse,
  default: "autre",
  setInputPolicy: "dispatchByPeriod",
  label: "Classe ou année d'études de l'élève ou de l'étudiant",
  reference: codeEducation("L612-1"),
});
