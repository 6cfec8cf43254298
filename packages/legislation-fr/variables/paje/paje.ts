import { add } from "@zero/engine";
import { defineVariable } from "../../src/define-variable.ts";
import { css } from "../../src/legal-references.ts";

export const paje = defineVariable({
  name: "paje",
  entity: "famille",
  valueType: "float",
  definitionPeriod: "month",
  setInputPolicy: "divideByPeriod",
  label: "Prestation d'accueil du jeune enfant (toutes ses parts)",
  // The primes à la naissance and à l'adoption, the allocation de base, the complément de
  // libre choix d'activité (with its complément optionnel) or, since 2015, the prestation
  // partagée d'éducation de l'enfant (input), and the complément de libre choix du mode de
  // garde (CSS art. L531-1).
  reference: css("L531-1"),
  formulas: {
    "2004-01-01": ({ famille, period }) =>
      add(
        famille("paje_base", period),
        famille("paje_naissance", period),
        famille("paje_adoption", period),
        famille("paje_clca", period),
        famille("paje_colca", period),
        famille("paje_cmg", period),
      ),
    "2017-04-01": ({ famille, period }) =>
      add(
        famille("paje_base", period),
        famille("paje_naissance", period),
        famille("paje_adoption", period),
        famille("paje_prepare", period),
        famille("paje_cmg", period),
      ),
  },
});
