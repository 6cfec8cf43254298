import { defineEnum } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { codeTravail } from "../../src/legal-references.ts";

export const TypesContratDeTravailType = defineEnum("TypesContratDeTravailType", {
  aucun: "Aucun contrat",
  cdi: "Contrat de travail à durée indéterminée (CDI)",
  cdd: "Contrat de travail à durée déterminée (CDD)",
  ctt: "Contrat de travail temporaire (CTT)",
  formation: "Formation",
});

export const contrat_de_travail_type = defineVariable({
  name: "contrat_de_travail_type",
  entity: "individu",
  valueType: "enum",
  definitionPeriod: "month",
  possibleValues: TypesContratDeTravailType,
  setInputPolicy: "dispatchByPeriod",
  // The CDI is the normal form of the employment contract (C. trav. art. L1221-2): unless told
  // otherwise, as OpenFisca, an employee is on a CDI, and a rule for fixed-term or temporary
  // contracts applies only to `cdd` or `ctt` said so.
  default: "cdi",
  label: "Nature du contrat de travail",
  reference: codeTravail("L1221-2"),
});
